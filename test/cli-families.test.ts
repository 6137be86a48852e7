// `analyze` with several --central (issue 13): doichieu.families/1, csv and ndjson rows naming
// their central text, a folder holding several families, chains in a single-family run, totals,
// two versions of one letter, and the errors a user can cause.
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FamiliesReport } from '../src/core/families-report.ts';
import type { Report } from '../src/core/report.ts';
import { letterText } from './support/letters.ts';
import { runCli } from './support/run-cli.ts';
import * as w from './support/family-world.ts';

const root = path.resolve(import.meta.dirname, '..');
const run = runCli;

const R = 'corpus/real';
const CT32 = `${R}/ct32-central_32-CT-TTg_quoted-in-article.txt`;
const KL221 = `${R}/kl221-central_221-KL-TW.txt`;
const SEED000 = 'corpus/ttxvn-652-cv-du-and-kl-54.txt';
const NEWS = `${R}/negative_news-summary_74-NQ-CP.txt`;
const THREE = ['--central', CT32, '--central', KL221, '--central', SEED000, `${R}/ct32-local_nghe-an_1026-KH-UBND.txt`, `${R}/kl221-local_ban-chi-dao-chinh-phu_174-CV-BCD.txt`, 'corpus/lang-son-1154-cv-tu.txt', NEWS];

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'doichieu-families-'));
  for (const f of [CT32, KL221, SEED000, `${R}/ct32-local_nghe-an_1026-KH-UBND.txt`, `${R}/kl221-local_ban-chi-dao-chinh-phu_174-CV-BCD.txt`, 'corpus/lang-son-1154-cv-tu.txt', NEWS]) {
    copyFileSync(path.join(root, f), path.join(dir, path.basename(f)));
  }
});
afterAll(() => { rmSync(dir, { recursive: true, force: true }); });

describe('analyze --central A --central B --central C', () => {
  it('json: three families with the right documents, the news summary unrouted with its reason', async () => {
    const r = await run('--format', 'json', ...THREE);
    expect(r.status).toBe(0);
    const f = JSON.parse(r.stdout) as FamiliesReport;
    expect(f.schema).toBe('doichieu.families/1');
    expect(f.families.map((x) => [x.schema, x.central.number, x.documents.map((d) => [d.number, d.route?.code])])).toEqual([
      ['doichieu.report/1', '32/CT-TTg', [['1026/KH-UBND', 'NUMBER']]],
      ['doichieu.report/1', '221-KL/TW', [['174/CV-BCĐ', 'NUMBER']]],
      ['doichieu.report/1', '54-KL/TW', [['1154-CV/TU', 'NUMBER']]],
    ]);
    expect(f.unrouted).toEqual([expect.objectContaining({ source: 'negative_news-summary_74-NQ-CP.txt', number: null, reason: expect.objectContaining({ code: 'BELOW_BAR' }) })]);
    // Each family is the report a single-family run writes, insights included.
    expect(f.families[2]!.rules).toBeDefined();
    expect(r.stderr).toMatch(/4 documents in 3 families \(1 unrouted\)/u);
  });
  it('csv: one table, the central number on every row; the unrouted document named on stderr', async () => {
    const r = await run('--format', 'csv', ...THREE);
    const rows = Papa.parse<Record<string, string>>(r.stdout.replace(/^\ufeff/u, ''), { header: true, skipEmptyLines: true }).data;
    expect(Object.keys(rows[0]!).slice(0, 3)).toEqual(['central', 'document', 'issuer']);
    expect(new Set(rows.map((x) => `${x['central']} ${x['document']}`))).toEqual(new Set(['32/CT-TTg 1026/KH-UBND', '221-KL/TW 174/CV-BCĐ', '54-KL/TW 1154-CV/TU']));
    expect(r.stderr).toMatch(/negative_news-summary_74-NQ-CP\.txt: not in any family: cites none of the central texts/u);
  });
  it('ndjson: a line per document with its centralNumber, and a line per unrouted document', async () => {
    const r = await run('--format', 'ndjson', '--quiet', ...THREE);
    const lines = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { number: string | null; centralNumber: string | null; route?: { code: string }; reason?: { code: string } });
    expect(lines.map((l) => [l.number, l.centralNumber, l.route?.code ?? l.reason?.code])).toEqual([
      ['1026/KH-UBND', '32/CT-TTg', 'NUMBER'], ['174/CV-BCĐ', '221-KL/TW', 'NUMBER'], ['1154-CV/TU', '54-KL/TW', 'NUMBER'], [null, null, 'BELOW_BAR'],
    ]);
    expect(r.stderr).toBe('');
  });
  it('a folder holding the central texts and the documents of three families needs only --central for each root', async () => {
    const c = (f: string) => path.join(dir, path.basename(f));
    const r = await run('--format', 'json', '--central', c(CT32), '--central', c(KL221), '--central', c(SEED000), dir);
    expect(r.status).toBe(0);
    const f = JSON.parse(r.stdout) as FamiliesReport;
    expect(f.families.map((x) => [x.central.number, x.documents.map((d) => [d.number, d.role])])).toEqual([
      ['32/CT-TTg', [['1026/KH-UBND', 'implementation']]],
      ['221-KL/TW', [['174/CV-BCĐ', 'implementation']]],
      // The TTXVN cover letter in the same file as KL 54 forwards it; KL 54 itself is not a document.
      ['54-KL/TW', [['1154-CV/TU', 'implementation'], ['652-CV/ĐU', 'forwarding']]],
    ]);
    expect(f.unrouted.map((u) => u.source)).toEqual(['negative_news-summary_74-NQ-CP.txt']);
  });
  it('totals: one row per issuer across the families', async () => {
    const r = await run('--format', 'totals', '--quiet', ...THREE);
    const rows = Papa.parse<Record<string, string>>(r.stdout.replace(/^\ufeff/u, ''), { header: true, skipEmptyLines: true }).data;
    expect(rows.map((x) => [x['issuer'], x['documents'], x['centrals']])).toEqual([
      ['Ban Chỉ đạo', '1', '221-KL/TW'], ['Tỉnh ủy Lạng Sơn', '1', '54-KL/TW'], ['UBND tỉnh Nghệ An', '1', '32/CT-TTg'],
    ]);
    expect(rows[1]).toMatchObject({ mean_coverage: '1', omitted_tasks: '0' });
  });
  it('refuses the same central text given twice', async () => {
    const r = await run('--central', CT32, '--central', CT32, NEWS);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/is 32\/CT-TTg again/u)]);
  });
});

describe('chains and two versions in a single-family run', () => {
  it('the Lương Minh plan\'s parent is the Quảng Ninh guide; its clauses\' origins include central and own', async () => {
    const r = await run('--central', `${R}/nqlt102-central_102-2025-NQLT.txt`, `${R}/nqlt102-province_mttq-quang-ninh_HD-hiep-thuong-draft.txt`, `${R}/nqlt102-commune_mttq-luong-minh_KH-hiep-thuong-lan-2.txt`);
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout) as Report;
    const [guide, commune] = report.documents;
    expect(guide!.parent).toBeUndefined();
    expect(commune!.parent).toBe(guide!.id);
    expect(commune!.chain).toMatchObject({ depth: 2, role: 'implementation' });
    const origins = new Set(commune!.clauses.map((c) => c.origin));
    expect(origins.has('central') && origins.has('own')).toBe(true);
    const chair = commune!.clauses.find((c) => c.text.startsWith('Hội nghị cử Chủ tọa'))!;
    expect(chair.origin).toBe('central');
    expect(guide!.clauses.find((c) => c.id === chair.parentClauses![0])!.text).toMatch(/^Hội nghị cử chủ tọa trong Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Ninh/u);
  });
  it('two versions of one letter (.docx given as central, .pdf compared): every clause verbatim, said to be another version', async () => {
    const r = await run('--central', 'test/fixtures/quang-ngai.docx', 'test/fixtures/quang-ngai.pdf');
    const d = (JSON.parse(r.stdout) as Report).documents[0]!;
    expect(d.number).toBe('1698-CV/TU');
    expect(d.role).toBeNull();
    expect(d.notes).toContain('compared: another version of the central text 1698-CV/TU');
    expect(new Set(d.clauses.map((c) => c.class))).toEqual(new Set(['verbatim']));
    expect(d.coverage.tasks.omitted).toBe(0);
  });
  it('refuses documents that implement each other in a circle with exit code 2 and one line', async () => {
    const mk = (no: string, cites: string) => letterText({
      head: ['ỦY BAN NHÂN DÂN', 'HUYỆN ĐÀ BẮC'], number: no, place: 'Đà Bắc', date: '01/05/2024', kind: 'KẾ HOẠCH', title: 'Phòng cháy',
      lead: [`Thực hiện Kế hoạch số ${cites} ngày 01/4/2024, UBND huyện ban hành Kế hoạch như sau:`], tasks: [w.A[1], w.A[3]],
    });
    const x = path.join(dir, 'cycle-x.txt'), y = path.join(dir, 'cycle-y.txt'), c = path.join(dir, 'cycle-ct5.txt');
    writeFileSync(x, mk('3/KH-UBND', '4/KH-UBND'));
    writeFileSync(y, mk('4/KH-UBND', '3/KH-UBND'));
    writeFileSync(c, letterText({ head: ['THỦ TƯỚNG CHÍNH PHỦ'], number: '5/CT-TTg', place: 'Hà Nội', date: '10/03/2024', kind: 'CHỈ THỊ', title: null, lead: ['Thủ tướng Chính phủ yêu cầu:'], tasks: w.A }));
    for (const args of [['--central', c, x, y], ['--central', c, '--central', SEED000, x, y]]) {
      const r = await run(...args);
      expect(r.status).toBe(2);
      expect(r.stderr.trim().split('\n').at(-1)).toBe('doichieu: documents implement each other in a circle: 3/KH-UBND (cycle-x.txt) implements 4/KH-UBND (cycle-y.txt) implements 3/KH-UBND (cycle-x.txt); a chain of documents must end at a central text');
      expect(r.stdout).toBe('');
    }
  });
});
