// The `analyze` command: the contract shared by the app, the tests and researchers.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../src/core/report.ts';
import { runCliSync as run, runCliWith } from './support/run-cli.ts';

const root = path.resolve(import.meta.dirname, '..');
const tsx = path.join(root, 'node_modules/.bin/tsx');
const cli = path.join(root, 'src/cli/analyze.ts');

describe('npm run analyze', () => {
  it('analyses the built-in corpus by default as doichieu.report/1 JSON (from the sources, as `npm run analyze`)', () => {
    const report = JSON.parse(execFileSync(tsx, [cli], { cwd: root, encoding: 'utf8' })) as Report;
    expect(report.schema).toBe('doichieu.report/1');
    expect(report.central.number).toBe('54-KL/TW');
    expect(report.documents.map((d) => d.number)).toEqual(['652-CV/ĐU', '1154-CV/TU', '1698-CV/TU', null]);
    expect(report.documents.map((d) => d.lagDays)).toEqual([13, 34, 69, null]);
    const d = report.documents[1]!;
    expect(Object.keys(d.coverage.tasks)).toEqual(['verbatim', 'adapted', 'omitted']);
    expect(d.clauses[0]).toEqual(expect.objectContaining({ id: expect.any(String), part: 'assessment', unit: 'assessment', class: expect.any(String), similarity: expect.any(Number), reason: expect.any(String) }));
  });
  it('writes CSV with one row per local clause, and Markdown', () => {
    const csv = run('--format', 'csv', 'corpus/lang-son-1154-cv-tu.txt');
    expect(csv.status).toBe(0);
    expect(csv.stdout.split('\n')[0]).toMatch(/^\ufeffdocument,issuer,clause,unit,part,class,similarity,central_clause,central_unit,local_text,central_text/u);
    expect(run('--format', 'md', 'corpus/quang-ngai-1698-cv-tu.txt').stdout).toMatch(/## Tỉnh ủy Quảng Ngãi — 1698-CV\/TU \(17\/07\/2023, 69 ngày sau\)/u);
  });
  it('writes the Markdown summary in the language asked: Vietnamese by default, English with --lang en', () => {
    const vi = run('--format', 'md', 'corpus/thanh-uy-003.txt').stdout;
    expect(vi).toContain('- Ghi chú về siêu dữ liệu: Cơ quan ban hành không in ở phần đầu văn bản; đọc từ “Thành ủy” trong phần mở đầu.');
    expect(vi).toMatch(/^- \[Nhiệm vụ \d+, câu \d+\] .* — căn cứ: Không câu nào của văn bản Trung ương trùng quá \d+% câu chữ/mu);
    const en = run('--format', 'md', '--lang', 'en', 'corpus/thanh-uy-003.txt').stdout;
    expect(en).toContain('# Đối chiếu (collation) — Conclusion 54-KL/TW (09/05/2023)');
    expect(en).toContain('- Notes on the metadata: Kind read from the document’s words about itself, “Công văn này”.');
    expect(en).toMatch(/^- \[Task \d+, clause \d+\] .* — why: No clause of the central text shares more than \d+% of its wording/mu);
    // One language at a time: the English summary's own words carry no Vietnamese letter (quotes and document text aside).
    const own = en.split('\n').map((l) => l.replace(/“[^”]*”/gu, '').replace(/\] .* — why:/u, '] — why:').replace(/^## .*$/u, '').replace(/^- \[.*\] [^—]*$/u, ''));
    expect(own.filter((l) => /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu.test(l.replace(/Đối chiếu/gu, '')))).toEqual([]);
    const bad = run('--format', 'md', '--lang', 'fr', 'corpus/thanh-uy-003.txt');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/unknown language "fr"/u);
  });
  it('takes each document of a file that holds several, leaving out the central text itself', () => {
    const report = JSON.parse(run('corpus/ttxvn-652-cv-du-and-kl-54.txt').stdout) as Report;
    expect(report.documents.map((d) => d.number)).toEqual(['652-CV/ĐU']);
  });
  it.each([
    ['missing.txt', /no such file/u],
    ['test/fixtures/empty.txt', /empty/u],
    ['test/fixtures/whitespace.txt', /white space/u],
    ['test/fixtures/png-renamed.txt', /not a text file/u],
    ['test/fixtures/web-page.html', /web page/u],
    ['test/fixtures/corrupt.docx', /docx/iu],
    ['test/fixtures/scanned.pdf', /OCR/u],
  ])('refuses %s with exit code 2 and one line, no stack trace', (file, msg) => {
    const r = run(file);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(msg);
    expect(r.stderr).not.toMatch(/\s+at\s/u);
  });
  it('refuses a text with no recognisable structure', async () => {
    const r = await runCliWith({ input: 'xin chào' }, '/dev/stdin');
    expect(r.status).toBe(2);
  });
});
