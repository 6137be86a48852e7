import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { familiesRun, familiesSummary, shownFamily } from './families-run.ts';
import { runAnalysis } from '../../worker/run-analysis.ts';
import { familiesOf } from './families-registry.ts';
import type { CorpusManifest, SourceFile } from '../../core/corpus.ts';
import type { WorkspaceSettings } from '../workspace/workspace-types.ts';
import type { FamiliesSettings } from './families-types.ts';

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
