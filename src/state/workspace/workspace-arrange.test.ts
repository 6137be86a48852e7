import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { arrange, findDocument, parseSources, type CorpusManifest } from '../../core/corpus.ts';
import { analyze } from '../../core/analyze.ts';
import { readFile } from '../../io/read-file.ts';
import { loadPdfjsNode } from '../../io/pdfjs-node.ts';
import { fixture } from '../../../test/fixtures/fixtures.ts';
import { arrangeWorkspace, normalizeNumber } from './workspace-arrange.ts';
import { composeInput, uniqueName } from './workspace-compose.ts';
import { runAnalysis } from '../../worker/run-analysis.ts';
import { EMPTY_WORKSPACE, type Workspace, type WorkspaceDoc } from './workspace-types.ts';

const root = new URL('../../../corpus/', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('corpus.json', root), 'utf8')) as CorpusManifest;
const files = manifest.files.map((name) => ({ name, text: readFileSync(new URL(name, root), 'utf8') }));
const builtin = { files, manifest };
const deps = { loadPdf: loadPdfjsNode };

function doc(name: string, text: string): WorkspaceDoc {
  return { id: name, name, text, encoding: 'utf-8', converted: null, format: 'text', size: text.length, addedAt: '2024-01-01T00:00:00.000Z' };
}
const ws = (docs: WorkspaceDoc[], more: Partial<Workspace> = {}): Workspace => ({ ...EMPTY_WORKSPACE, docs, ...more });
const arrangeOf = (w: Workspace) => {
  const input = composeInput(builtin, w);
  return arrangeWorkspace(parseSources(input.files), input.manifest, input.workspace ?? EMPTY_WORKSPACE);
};

describe('arrangeWorkspace', () => {
  it('with no user documents arranges the corpus exactly as the shipped analysis does', () => {
    const docs = parseSources(files);
    const central = findDocument(docs, manifest.central);
    const a = arrangeWorkspace(docs, manifest, EMPTY_WORKSPACE);
    expect(a.central.id).toBe(central.id);
    expect(a.locals.map((d) => d.id)).toEqual(arrange(docs, central, manifest.parents).locals.map((d) => d.id));
    expect(a.parents.map((d) => d.meta.number)).toEqual(['21-KL/TW']);
    const roles = Object.fromEntries(a.catalog.entries.map((e) => [e.id, e.role]));
    expect(roles).toEqual({ '652-cv-đu': 'local', '54-kl-tw': 'central', '1154-cv-tu': 'local', '1698-cv-tu': 'local', 'thanh-uy-003': 'local', '21-kl-tw': 'parent' });
    expect(a.catalog.centralKey).toBe('ttxvn-652-cv-du-and-kl-54.txt#1');
  });

  it('a TCVN3 copy of Lạng Sơn is compared and classified exactly as the original', async () => {
    const read = await readFile('lang-son.vn3-ansi.txt', fixture('lang-son.vn3-ansi.txt'), deps);
    expect(read.converted).toBe('TCVN3 → Unicode');
    const input = composeInput(builtin, ws([doc('lang-son.vn3-ansi.txt', read.text)]));
    const analysis = runAnalysis(input, () => {});
    const original = analysis.documents.find((d) => d.doc.id === '1154-cv-tu')!;
    const copy = analysis.documents.find((d) => d.doc.source === 'lang-son.vn3-ansi.txt')!;
    expect(copy.doc.id).toBe('1154-cv-tu-2');
    expect(copy.clauses.map((c) => c.class)).toEqual(original.clauses.map((c) => c.class));
    expect(copy.coverage).toEqual(original.coverage);
    const entry = arrangeOf(ws([doc('lang-son.vn3-ansi.txt', read.text)])).catalog.entries.find((e) => e.source === 'lang-son.vn3-ansi.txt')!;
    expect(entry.role).toBe('local');
    expect(entry.sameNumber).toEqual(['lang-son-1154-cv-tu.txt#0']);
  });

  it('a .docx and a .pdf of Quảng Ngãi give the same classes as the built-in copy', async () => {
    for (const name of ['quang-ngai.docx', 'quang-ngai.pdf']) {
      const read = await readFile(name, fixture(name), deps);
      const analysis = runAnalysis(composeInput(builtin, ws([doc(name, read.text)])), () => {});
      const original = analysis.documents.find((d) => d.doc.id === '1698-cv-tu')!;
      const copy = analysis.documents.find((d) => d.doc.source === name)!;
      expect(copy.coverage.tasks, name).toEqual(original.coverage.tasks);
      expect(copy.clauses.map((c) => c.class), name).toEqual(original.clauses.map((c) => c.class));
    }
  });

  it('any document can be the central one; documents citing it are proposed, the others are not', () => {
    const kl54 = 'ttxvn-652-cv-du-and-kl-54.txt#1';
    const own = [
      'TỈNH ỦY LẠNG SƠN', 'Số 77-CT/TU', 'Lạng Sơn, ngày 01 tháng 9 năm 2023', 'CHỈ THỊ', 'về việc làm theo Công văn 1154',
      'Thực hiện Công văn số 1154-CV/TU của Tỉnh ủy, Ban Thường vụ Tỉnh ủy yêu cầu:',
      '1. Các cấp ủy tổ chức quán triệt nghiêm túc nội dung Công văn.', '2. Báo cáo kết quả trước ngày 30 tháng 12.',
    ].join('\n\n');
    const w = ws([doc('chi-thi-77.txt', own)], { central: 'lang-son-1154-cv-tu.txt#0' });
    const a = arrangeOf(w);
    expect(a.central.meta.number).toBe('1154-CV/TU');
    expect(a.locals.map((d) => d.meta.number)).toEqual(['77-CT/TU']);
    // 1154 implements 54-KL/TW: the central's own source document is its parent.
    expect(a.catalog.entries.find((e) => e.key === kl54)?.role).toBe('parent');
    // The user may add or leave out any document.
    const b = arrangeOf({ ...w, include: { 'chi-thi-77.txt#0': false, 'quang-ngai-1698-cv-tu.txt#0': true } });
    expect(b.locals.map((d) => d.meta.number)).toEqual(['1698-CV/TU']);
    // A key that no longer exists falls back to the corpus's central text.
    expect(arrangeOf(ws([], { central: 'gone.txt#0' })).central.meta.number).toBe('54-KL/TW');
  });

  it('corrections replace detected metadata, with a note; the id and role follow', () => {
    const key = 'thanh-uy-003.txt#0';
    const a = arrangeOf(ws([], { edits: { [key]: { number: '03 - CV/TU', date: '2023-07-20', issuer: 'Thành ủy Hà Nội', implements: null } } }));
    const d = a.locals.find((x) => x.source === 'thanh-uy-003.txt');
    const e = a.catalog.entries.find((x) => x.key === key)!;
    expect(e.meta.number).toBe('03-CV/TU');
    expect(e.id).toBe('03-cv-tu');
    expect(e.meta.date).toBe('2023-07-20');
    expect(e.meta.role).toBeNull();
    expect(e.edited).toEqual(['number', 'issuer', 'date', 'implements']);
    expect(e.meta.notes.some((n) => n.startsWith('number: corrected by the user'))).toBe(true);
    expect(e.meta.noteCodes).toContainEqual({ code: 'corrected', values: { field: 'number', detected: null } });
    expect(e.meta.noteCodes).toContainEqual({ code: 'corrected', values: { field: 'issuer', detected: 'Thành ủy' } });
    // It still cites 54-KL/TW in its text: still proposed.
    expect(d?.meta.issuer).toBe('Thành ủy Hà Nội');
    const analysis = analyze({ central: a.central, documents: a.locals });
    expect(analysis.documents.find((x) => x.doc.id === '03-cv-tu')?.lagDays).toBe(72);
  });

  it('a copy of the central text is not compared with itself', () => {
    const kl54 = parseSources(files).find((d) => d.meta.number === '54-KL/TW')!;
    const a = arrangeOf(ws([doc('kl54-copy.txt', kl54.text)]));
    const e = a.catalog.entries.find((x) => x.source === 'kl54-copy.txt')!;
    expect(e.identicalToCentral).toBe(true);
    expect(e.role).toBe('other');
    expect(a.locals.some((d) => d.source === 'kl54-copy.txt')).toBe(false);
  });
});

describe('helpers', () => {
  it('uniqueName avoids every taken name', () => {
    expect(uniqueName('a.txt', new Set())).toBe('a.txt');
    expect(uniqueName('a.txt', new Set(['a.txt', 'a (2).txt']))).toBe('a (3).txt');
    expect(uniqueName('dir/b.docx', new Set())).toBe('dir_b.docx');
  });
  it('normalizeNumber writes numbers as the parser does', () => {
    expect(normalizeNumber(' 1154 - CV/TU ')).toBe('1154-CV/TU');
    expect(normalizeNumber('')).toBeNull();
    expect(normalizeNumber('abc')).toBe('abc');
  });
});
