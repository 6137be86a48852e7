// Size limits in the CLI's reader are applied from the file's size and first bytes, before the file
// is read whole: a 200 MB text is never loaded. The big files are sparse (no disk space used).
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { errorOf } from '../../test/support/input-error.ts';
import { readPath } from './read-file-node.ts';

const { wholeReads } = vi.hoisted(() => ({ wholeReads: [] as string[] }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs/promises')>();
  const readFile = (async (path: Parameters<typeof fs.readFile>[0], ...rest: unknown[]) => {
    wholeReads.push(String(path));
    return (fs.readFile as (...a: unknown[]) => Promise<unknown>)(path, ...rest);
  }) as typeof fs.readFile;
  return { ...fs, default: { ...fs, readFile }, readFile };
});

const dir = mkdtempSync(join(tmpdir(), 'doichieu-limits-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A sparse file of `size` bytes starting with `head`. */
function sparse(name: string, head: string, size: number): string {
  const path = join(dir, name);
  writeFileSync(path, head);
  truncateSync(path, size);
  return path;
}

const MB = 1024 * 1024;

describe('readPath size limits, before reading', () => {
  it('refuses a 200 MB text file without reading it', async () => {
    const path = sparse('lon.txt', 'TỈNH ỦY LẠNG SƠN\n', 200 * MB);
    const e = await errorOf(readPath(path));
    expect(e.code).toBe('TOO_LARGE');
    expect(e.message).toBe('lon.txt is 200.0 MB; text files over 20 MB are refused');
    expect(wholeReads).not.toContain(path);
  });

  it('refuses a 30 MB text renamed .md, and a 60 MB PDF, unread; reads a 30 MB PDF (under its 50 MB limit)', async () => {
    const text = sparse('ghi-chu.md', 'Kết luận\n', 30 * MB);
    expect((await errorOf(readPath(text))).message).toBe('ghi-chu.md is 30.0 MB; text files over 20 MB are refused');
    const bigPdf = sparse('lon.pdf', '%PDF-1.7\n', 60 * MB);
    expect((await errorOf(readPath(bigPdf))).message).toBe('lon.pdf is 60.0 MB; documents over 50 MB are refused');
    expect(wholeReads).not.toContain(text);
    expect(wholeReads).not.toContain(bigPdf);
    const pdf = sparse('vua.txt', '%PDF-1.7\n', 30 * MB); // a PDF whatever its name: the document limit
    expect((await errorOf(readPath(pdf))).code).toBe('CORRUPT_PDF');
    expect(wholeReads).toContain(pdf);
  });
});
