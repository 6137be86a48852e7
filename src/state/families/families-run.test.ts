import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { familiesRun, familiesSummary, shownFamily } from './families-run.ts';
import { runAnalysis } from '../../worker/run-analysis.ts';
import { familiesOf } from './families-registry.ts';
import type { CorpusManifest, SourceFile } from '../../core/corpus.ts';
import type { WorkspaceSettings } from '../workspace/workspace-types.ts';
import type { FamiliesSettings } from './families-types.ts';
import { crossTable, totalsTable, type TotalsColumn } from './families-tables.ts';
import { TOTALS_COLUMNS } from '../../core/totals.ts';
import { tableCsv } from '../../export/table-csv.ts';
import { formatHash, parseHash } from '../route/route.ts';

const manifest = JSON.parse(readFileSync('corpus/corpus.json', 'utf8')) as CorpusManifest;
const builtin: SourceFile[] = manifest.files.map((name) => ({ name, text: readFileSync(`corpus/${name}`, 'utf8') }));
const real = (name: string): SourceFile => ({ name, text: readFileSync(`../shared/real/${name}`, 'utf8') });
const CT32 = 'ct32-central_32-CT-TTg_quoted-in-article.txt';
const KL221 = 'kl221-central_221-KL-TW.txt';
const files = [...builtin, real(CT32), real('ct32-local_nghe-an_1026-KH-UBND.txt'), real(KL221),
  real('kl221-local_ban-chi-dao-chinh-phu_174-CV-BCD.txt'), real('negative_news-summary_74-NQ-CP.txt')];
const ws = (families: FamiliesSettings): WorkspaceSettings => ({ central: null, include: {}, edits: {}, families });
const fam: FamiliesSettings = { centrals: [`${CT32}#0`, `${KL221}#0`], shown: null, moves: {} };
const none = () => {};

describe('families in the workspace', () => {
  it('routes the ct32 and kl221 families beside the built-in KL 54 and keeps the news summary apart', () => {
    const run = familiesRun(files, manifest, ws(fam), fam, none);
    const s = familiesSummary(run, run.keys[0]!);
    expect(s.families.map((f) => f.number)).toEqual(['54-KL/TW', '32/CT-TTg', '221-KL/TW']);
    const sources = (i: number) => s.families[i]!.documents.map((d) => d.source);
    expect(sources(0)).toEqual(expect.arrayContaining(['lang-son-1154-cv-tu.txt', 'quang-ngai-1698-cv-tu.txt']));
    expect(sources(1)).toEqual(['ct32-local_nghe-an_1026-KH-UBND.txt']);
    expect(sources(2)).toEqual(['kl221-local_ban-chi-dao-chinh-phu_174-CV-BCD.txt']);
    expect(s.families[2]!.documents[0]!.reason?.code).toBe('NUMBER');
    const news = s.unrouted.find((u) => u.source === 'negative_news-summary_74-NQ-CP.txt');
    expect(news?.reason?.code).toBe('BELOW_BAR');
    expect(s.totals.some((t) => t.issuer === 'UBND tỉnh Nghệ An' && t.centrals.includes('32/CT-TTg'))).toBe(true);
    // Issuer × central text: Nghệ An's plan only under Chỉ thị 32, Lạng Sơn's letter only under KL 54.
    const cross = crossTable(s);
    const row = (issuer: string) => cross.find((r) => r.issuer === issuer)!.cells.map((c) => c.map((d) => d.source));
    expect(row('UBND tỉnh Nghệ An')).toEqual([[], ['ct32-local_nghe-an_1026-KH-UBND.txt'], []]);
    expect(row('Tỉnh ủy Lạng Sơn')).toEqual([['lang-son-1154-cv-tu.txt'], [], []]);
    const table = totalsTable(s.totals, Object.fromEntries(TOTALS_COLUMNS.map((c) => [c, c.toUpperCase()])) as Record<TotalsColumn, string>, 'totals');
    const csv = tableCsv(table);
    expect(csv.split(/\r?\n/u)[0]).toBe('\ufeffISSUER,PLACE,DOCUMENTS,IMPLEMENTATIONS,CENTRALS,MEAN_COVERAGE,OMITTED_TASKS,WEAKENED_CLAUSES');
    expect(csv).toContain('UBND tỉnh Nghệ An');
    expect(table.rows.length).toBe(s.totals.length);
  });

  it('keeps a move by hand, and switching the family shown reuses the routing', () => {
    const moved: FamiliesSettings = { ...fam, moves: { 'ct32-local_nghe-an_1026-KH-UBND.txt#0': '' } };
    const run = familiesRun(files, manifest, ws(moved), moved, none);
    const s = familiesSummary(run, run.keys[0]!);
    expect(s.families[1]!.documents).toEqual([]);
    expect(s.unrouted.find((u) => u.source === 'ct32-local_nghe-an_1026-KH-UBND.txt')).toMatchObject({ moved: true, reason: null });
    const shown = { ...moved, shown: `${KL221}#0` };
    expect(familiesRun(files, manifest, ws(shown), shown, none)).toBe(run);
    expect(shownFamily(run, shown.shown).analysis.central.meta.number).toBe('221-KL/TW');
  });

  it('runAnalysis returns the family shown with its summary', () => {
    const shown = { ...fam, shown: `${CT32}#0` };
    const a = runAnalysis({ files, manifest, workspace: ws(shown) }, none);
    expect(a.central.meta.number).toBe('32/CT-TTg');
    expect(a.documents.map((d) => d.doc.source)).toEqual(['ct32-local_nghe-an_1026-KH-UBND.txt']);
    expect(familiesOf(a)?.shown).toBe(`${CT32}#0`);
  });
});

describe('the family and the two compared documents in the URL', () => {
  it('round-trip through the hash', () => {
    const overview = parseHash('#/?fam=32-ct-ttg&lang=en');
    expect(overview).toMatchObject({ view: 'overview', family: '32-ct-ttg', lang: 'en' });
    expect(parseHash(formatHash(overview))).toEqual(overview);
    const pair = parseHash('#/pair/1026-kh-ubnd?l=1-2&fam=32-ct-ttg');
    expect(pair).toMatchObject({ view: 'pair', doc: '1026-kh-ubnd', local: '1-2', family: '32-ct-ttg' });
    expect(parseHash(formatHash(pair))).toEqual(pair);
    const compare = parseHash('#/compare?a=quang-ngai.docx%230&b=quang-ngai.pdf%230');
    expect(compare.compare).toEqual({ a: 'quang-ngai.docx#0', b: 'quang-ngai.pdf#0' });
    expect(parseHash(formatHash(compare))).toEqual(compare);
    expect(parseHash('#/')).not.toHaveProperty('family');
  });
});
