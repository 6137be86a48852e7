import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURES } from '../../test/fixtures/fixtures.ts';
import { errorOf } from '../../test/support/input-error.ts';
import { isDocumentName, readPath } from './read-file-node.ts';

const dir = mkdtempSync(join(tmpdir(), 'doichieu-io-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readPath', () => {
  it('reads one file, named by its file name', async () => {
    const [result, ...rest] = await readPath(join(FIXTURES, 'lang-son.cp1258.txt'));
    expect(rest).toEqual([]);
    expect(result).toMatchObject({ name: 'lang-son.cp1258.txt', encoding: 'windows-1258', format: 'text' });
  });

  it('expands a folder into its documents, sorted with numbers in order, skipping lock and other files', async () => {
    const folder = join(dir, 'docs');
    mkdirSync(folder);
    for (const name of ['10.txt', '2.md', 'b.pdf']) copyFileSync(join(FIXTURES, name === 'b.pdf' ? 'quang-ngai.pdf' : 'lang-son.vni.txt'), join(folder, name));
    copyFileSync(join(FIXTURES, 'quang-ngai.docx'), join(folder, 'a.docx'));
    writeFileSync(join(folder, '~$a.docx'), 'lock'); // Word's lock file while a.docx is open
    writeFileSync(join(folder, '.hidden.txt'), 'x');
    writeFileSync(join(folder, 'anh.png'), 'x');
    const results = await readPath(folder);
    expect(results.map((r) => [r.name, r.format])).toEqual([['2.md', 'text'], ['10.txt', 'text'], ['a.docx', 'docx'], ['b.pdf', 'pdf']]);
  });

  it('NOT_FOUND for a missing path or a folder without documents', async () => {
    expect((await errorOf(readPath(join(dir, 'khong-co.txt')))).code).toBe('NOT_FOUND');
    mkdirSync(join(dir, 'empty'));
    const e = await errorOf(readPath(join(dir, 'empty')));
    expect(e.code).toBe('NOT_FOUND');
    expect(e.message).toContain('folder has no documents (.txt .md .docx .pdf)');
  });

  it('UNREADABLE when a document cannot be read (here: a folder named like a document)', async () => {
    mkdirSync(join(dir, 'odd', 'thu-muc.txt'), { recursive: true });
    const e = await errorOf(readPath(join(dir, 'odd')));
    expect(e.code).toBe('UNREADABLE');
    expect(e.detail).toBe('EISDIR');
  });

  it('passes readFile errors through', async () => {
    expect((await errorOf(readPath(join(FIXTURES, 'scanned.pdf')))).code).toBe('NO_TEXT_LAYER');
  });
});

describe('isDocumentName', () => {
  it('keeps .txt .md .docx .pdf in any case, skips hidden and ~$ files', () => {
    expect(['a.txt', 'B.MD', 'c.Docx', 'd.pdf'].every(isDocumentName)).toBe(true);
    expect(['a.doc', '~$c.docx', '.d.pdf', 'e.png', 'txt'].some(isDocumentName)).toBe(false);
  });
});
