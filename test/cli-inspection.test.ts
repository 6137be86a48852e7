// `analyze` in the inspection workflow (issue 11), run as a user runs it. The demonstration the
// issue asks for: the Quảng Ngãi seed with a decision making its 1575-QĐ/TU clause adapted from
// central 3-1, and a decision for a sentence that is not in the document.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { afterAll, describe, expect, it } from 'vitest';
import type { Report } from '../src/core/report.ts';
import { runCliSync as run } from './support/run-cli.ts';

const root = path.resolve(import.meta.dirname, '..');
const SEED = path.resolve(root, '../shared/seeds/002_9ae54c1010a49905.txt');
const EVAL = path.resolve(root, '../shared/tools/eval-gold.mjs');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'doichieu-inspection-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const note = 'Quy chế Bí thư Tỉnh ủy tiếp dân, đối thoại trực tiếp với dân (1575-QĐ/TU) là cách tỉnh thực hiện nhiệm vụ 3-1';
const missing = 'Tổ chức hội nghị trực tuyến toàn tỉnh để quán triệt Kết luận';
const reviews = path.join(tmp, 'reviews.json');
fs.writeFileSync(reviews, JSON.stringify({
  schema: 'doichieu.reviews/1',
  decisions: [
    { document: '1698-CV/TU', clause: 'nghiêm túc thực hiện Quyết định số 1575-QĐ/TU', class: 'adapted', central: ['3-1'], note, reviewer: 'Nguyễn Thị Lan', at: '2026-11-25T09:00:00+07:00' },
    { document: '1698-CV/TU', clause: missing, class: 'added', note: '', reviewer: 'Nguyễn Thị Lan', at: '2026-11-25T09:05:00+07:00' },
  ],
  conclusions: [{ document: '1698-CV/TU', text: 'Công văn triển khai đủ các nhiệm vụ trọng tâm của Kết luận 54-KL/TW.', place: 'Quảng Ngãi', signer: 'Nguyễn Thị Lan' }],
}));

describe('analyze --reviews on the Quảng Ngãi seed', () => {
  const plain = run('--format', 'json', SEED);
  const r = run('--format', 'json', '--reviews', reviews, SEED);
  const report = JSON.parse(r.stdout) as Report;
  const doc = report.documents[0]!;
  const clause = doc.clauses.find((c) => c.text.includes('1575-QĐ/TU'))!;

  it('shows the reviewer\'s class and counterpart and keeps the machine\'s answer', () => {
    expect(r.status).toBe(plain.status);
    expect(r.status).toBe(0);
    expect([clause.class, clause.central]).toEqual(['adapted', ['3-1']]);
    expect(clause.review).toEqual(expect.objectContaining({ by: 'Nguyễn Thị Lan', at: '2026-11-25T09:00:00+07:00', note, machine: expect.objectContaining({ class: 'added', central: [] }) }));
    const before = (JSON.parse(plain.stdout) as Report).documents[0]!;
    expect(before.clauses.find((c) => c.text.includes('1575-QĐ/TU'))!.class).toBe('added');
    expect(before.central.find((s) => s.id === '3-1')!.status).toBe('omitted');
  });
  it('no longer lists central 3-1 as omitted, and says how many answers are the reviewer\'s', () => {
    expect(doc.central.find((s) => s.id === '3-1')).toEqual(expect.objectContaining({ status: 'adapted', by: [clause.id] }));
    expect(doc.reviewed).toEqual({ clauses: 1, central: 0 });
  });
  it('warns about the sentence that is not in the document on one stderr line and lists it in reviewsUnmatched', () => {
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^doichieu: quyết định 2 \(1698-CV\/TU, Nguyễn Thị Lan\) không còn khớp: .*“Tổ chức hội nghị trực tuyến toàn tỉnh/u);
    expect(report.reviewsUnmatched).toEqual([expect.objectContaining({ index: 1, reason: 'NO_CLAUSE', value: missing, decision: expect.objectContaining({ clause: missing }) })]);
    expect(run('--format', 'csv', '--lang', 'en', '--reviews', reviews, SEED).stderr).toMatch(/decision 2 \(1698-CV\/TU, Nguyễn Thị Lan\) matches nothing: no clause reads like this/u);
  });
  it('writes the same reviewed answers in the gold file, which scores 1.00 against the report with eval-gold.mjs', () => {
    const reportFile = path.join(tmp, 'qn.json'), goldFile = path.join(tmp, 'qn.gold.json');
    fs.writeFileSync(reportFile, r.stdout);
    const g = run('--format', 'gold', '--out', goldFile, '--reviews', reviews, SEED);
    expect(g.status).toBe(0);
    const gold = JSON.parse(fs.readFileSync(goldFile, 'utf8')) as { document: string; items: { local: string; label: string[]; central: string[] }[]; omitted: string[] };
    expect(gold.document).toBe('1698-CV/TU');
    expect(gold.items.find((it) => it.local.startsWith('Người đứng đầu cấp ủy'))!.label).toEqual(['adapted']);
    const e = spawnSync(process.execPath, [EVAL, reportFile, goldFile, '--min-label', '1', '--min-align', '1', '--min-omit', '1'], { encoding: 'utf8' });
    expect(e.stdout).toMatch(/label 1\.00 .* align 1\.00 .* omission recall 1\.00 precision 1\.00, unmatched 0$/mu);
    expect(e.status).toBe(0);
  });
});

describe('analyze --format gold, xlsx, docx, csv --table documents', () => {
  it('writes one reference alignment per document of the built-in corpus into a folder, each scoring 1.00', () => {
    const dir = path.join(tmp, 'gold');
    expect(run('--format', 'gold', '--out', `${dir}/`).status).toBe(0);
    const reportFile = path.join(tmp, 'all.json');
    fs.writeFileSync(reportFile, run('--format', 'json').stdout);
    const files = fs.readdirSync(dir).sort();
    expect(files).toEqual(['1154-cv-tu.gold.json', '1698-cv-tu.gold.json', '652-cv-du.gold.json', 'thanh-uy-003-txt.gold.json']);
    // The Thành ủy letter has no number: the evaluator needs a report of that document alone.
    fs.writeFileSync(path.join(tmp, 'tu.json'), run('--format', 'json', 'corpus/thanh-uy-003.txt').stdout);
    for (const f of files) {
      const e = spawnSync(process.execPath, [EVAL, f.startsWith('thanh') ? path.join(tmp, 'tu.json') : reportFile, path.join(dir, f)], { encoding: 'utf8' });
      expect(e.stdout).toMatch(/label 1\.00 .* align 1\.00 .* omission recall 1\.00 precision 1\.00, unmatched 0$/mu);
    }
  });
  it('writes the .xlsx with Vietnamese headers and a row per document and per clause', async () => {
    const out = path.join(tmp, 'qn.xlsx');
    expect(run('--format', 'xlsx', '--out', out, '--reviews', reviews, SEED).status).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const [docs, clauses] = wb.worksheets as [ExcelJS.Worksheet, ExcelJS.Worksheet];
    expect([docs.name, clauses.name]).toEqual(['Văn bản', 'Các vế câu']);
    expect(docs.getRow(1).getCell(1).value).toBe('Số văn bản');
    expect(docs.rowCount).toBe(2);
    expect(clauses.rowCount).toBe(27);
    const header = (clauses.getRow(1).values as unknown[]).slice(1);
    const row = clauses.getRows(2, 26)!.find((x) => String(x.getCell(header.indexOf('Câu chữ địa phương') + 1).value).includes('1575-QĐ/TU'))!;
    expect(row.getCell(header.indexOf('Phân loại') + 1).value).toBe('Điều chỉnh');
    expect(row.getCell(header.indexOf('Phân loại của máy') + 1).value).toBe('Bổ sung');
  });
  it('writes the one-document .docx with the decision and the conclusion, and needs --document among several', async () => {
    const out = path.join(tmp, 'qn.docx');
    expect(run('--format', 'docx', '--out', out, '--reviews', reviews, SEED).status).toBe(0);
    const { value } = await mammoth.extractRawText({ path: out });
    expect(value).toContain(`Lý do: ${note}`);
    expect(value).toContain('Công văn triển khai đủ các nhiệm vụ trọng tâm của Kết luận 54-KL/TW.');
    // Clauses named as people read them, not by the report's ids.
    expect(value).toMatch(/Nhiệm vụ \d+, câu \d+/u);
    expect(value).not.toMatch(/\[(?:assessment|lead-in|closing)-\d+\]|\[\d+-\d+\]/u);
    const many = run('--format', 'docx', '--out', path.join(tmp, 'x.docx'));
    expect([many.status, many.stderr.trim().split('\n').length]).toEqual([2, 1]);
    expect(many.stderr).toMatch(/--document/u);
    expect(run('--format', 'docx', '--out', path.join(tmp, 'ls.docx'), '--document', '1154-CV/TU', '--lang', 'en').status).toBe(0);
    expect((await mammoth.extractRawText({ path: path.join(tmp, 'ls.docx') })).value).toContain('INSPECTION REPORT');
  });
  it('writes the document table as CSV, keys or Vietnamese headers', () => {
    const keys = run('--format', 'csv', '--table', 'documents', SEED).stdout.split('\n');
    expect(keys[0]).toMatch(/^\ufeffdocument,issuer,kind,date,lag_days,/u);
    expect(keys[1]).toMatch(/^1698-CV\/TU,Tỉnh ủy Quảng Ngãi,Công văn,2023-07-17,69,/u);
    const vi = run('--format', 'csv', '--table', 'documents', '--lang', 'vi', '--reviews', reviews, SEED).stdout.split('\n');
    expect(vi[0]).toMatch(/^\ufeffSố văn bản,Cơ quan ban hành,Loại văn bản,Ngày ban hành,/u);
    expect(vi[1]).toMatch(/^1698-CV\/TU,Tỉnh ủy Quảng Ngãi,Công văn,17\/07\/2023,69,.*,1$/u);
  });
});

describe('refusals', () => {
  it.each([
    ['a missing reviews file', ['--reviews', 'no-such-reviews.json', SEED], /không đọc được tệp quyết định no-such-reviews.json: không có tệp này/u],
    ['a file of another schema', ['--reviews', 'corpus/corpus.json', SEED], /không phải tệp quyết định doichieu.reviews\/1/u],
    ['xlsx without --out', ['--format', 'xlsx', SEED], /give --out FILE/u],
    ['reviews with ndjson', ['--format', 'ndjson', '--reviews', 'x.json', SEED], /not ndjson/u],
  ])('refuses %s with exit code 2 and one line', (_name, args, msg) => {
    const r = run(...args);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(msg);
    expect(r.stdout).toBe('');
  });
  it('refuses a decision with a wrong field, naming it', () => {
    const bad = path.join(tmp, 'bad.json');
    fs.writeFileSync(bad, JSON.stringify({ schema: 'doichieu.reviews/1', decisions: [{ document: '1698-CV/TU', clause: 'x', class: 'omitted', reviewer: 'A', at: '2026-11-25' }] }));
    const r = run('--lang', 'en', '--reviews', bad, SEED);
    expect([r.status, r.stderr.trim()]).toEqual([2, `doichieu: the reviews file ${bad}: decision 1 has a missing or wrong "class"`]);
  });
});
