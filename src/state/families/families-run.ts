/**
 * The analysis of a workspace with several central texts (issue 13), run by the analysis worker
 * (or on the page when the worker cannot start): the documents arranged as the documents page
 * lists them, every one not set apart routed by `analyzeFamilies` (core/families.ts), the user's
 * moves applied, and the family shown returned as an ordinary `Analysis`, with a summary of all
 * of them beside it. The routed result is kept for the next run of the same documents and
 * settings, so switching the family shown costs no new alignment.
 */
import type { Analysis, ParsedDocument } from '../../core/types.ts';
import type { Progress } from '../../core/analyze.ts';
import { analyzeDocument } from '../../core/analyze.ts';
import { parseSources, type CorpusManifest, type SourceFile } from '../../core/corpus.ts';
import { analyzeFamilies } from '../../core/families.ts';
import { carriedBy } from '../../core/metrics.ts';
import { issuerTotals, type TotalsSource } from '../../core/totals.ts';
import { arrangeWorkspace, documentKeys } from '../workspace/workspace-arrange.ts';
import type { WorkspaceSettings } from '../workspace/workspace-types.ts';
import type { FamiliesSettings, FamiliesSummary, FamilyDocument, FamilySummary, Placement } from './families-types.ts';

/** The families of a workspace: every family's analysis, keyed by its central text's key. */
export interface FamiliesRun {
  readonly keys: readonly string[];
  readonly families: readonly Analysis[];
  /** Key of every routed document, by id. */
  readonly keyOf: ReadonlyMap<string, string>;
  readonly moved: ReadonlySet<string>;
  readonly unrouted: readonly Placement[];
}

let last: { files: readonly SourceFile[]; settings: string; run: FamiliesRun } | null = null;

const sameFiles = (a: readonly SourceFile[], b: readonly SourceFile[]) =>
  a.length === b.length && a.every((f, i) => f.name === b[i]!.name && f.text === b[i]!.text);

const placement = (key: string, d: ParsedDocument, reason: Placement['reason'], moved: boolean): Placement =>
  ({ key, id: d.id, source: d.source, number: d.meta.number, kind: d.meta.kind, issuer: d.meta.issuer, reason, moved });

/**
 * Routes and analyses every family (cached: the same files and settings, the shown family apart,
 * give the same object). Throws InputError (CHAIN_CYCLE, NO_CENTRAL) as the core does.
 */
export function familiesRun(files: readonly SourceFile[], manifest: CorpusManifest, ws: WorkspaceSettings, fam: FamiliesSettings, onProgress: (p: Progress) => void): FamiliesRun {
  const settings = JSON.stringify([manifest, ws.central, ws.include, ws.edits, fam.centrals, fam.moves]);
  if (last && last.settings === settings && sameFiles(last.files, files)) return last.run;
  onProgress({ done: 0, total: files.length + 1, stage: 'parse' });
  const parsed = parseSources(files);
  const keys = documentKeys(parsed);
  const first = arrangeWorkspace(parsed, manifest, ws);
  const mainKey = first.catalog.centralKey!;
  // Every document but the main central text, its parents (KL 21 for KL 54: provenance) and the
  // ones the user left out, with the user's corrections: the arrangement including them all.
  const skip = new Set(first.catalog.entries.filter((e) => e.role === 'parent' || e.identicalToCentral || e.blocks === 0 || ws.include[e.key] === false).map((e) => e.key));
  const include = Object.fromEntries(keys.filter((k) => k !== mainKey).map((k) => [k, !skip.has(k)]));
  const all = arrangeWorkspace(parsed, manifest, { ...ws, central: mainKey, include });
  const localKeys = all.catalog.entries.filter((e) => e.role === 'local').map((e) => e.key);
  const byKey = new Map(all.locals.map((d, i) => [localKeys[i]!, d]));
  const centralKeys = [mainKey, ...fam.centrals.filter((k) => k !== mainKey && byKey.has(k))];
  const centrals = centralKeys.map((k) => (k === mainKey ? all.central : byKey.get(k)!));
  const isCentral = new Set(centralKeys);
  const moveOf = (k: string) => { const to = fam.moves[k]; return to !== undefined && (to === '' || isCentral.has(to)) ? to : undefined; };
  const documents = localKeys.filter((k) => !isCentral.has(k) && moveOf(k) === undefined).map((k) => byKey.get(k)!);
  const fa = analyzeFamilies({ centrals, documents }, { onProgress });
  const keyOf = new Map(localKeys.map((k) => [byKey.get(k)!.id, k]));
  const movedKeys = localKeys.filter((k) => !isCentral.has(k) && moveOf(k) !== undefined);
  const families = fa.families.map((a, i) => {
    const extra = movedKeys.filter((k) => moveOf(k) === centralKeys[i]).map((k) => analyzeDocument(a.central, a.centralClauses, byKey.get(k)!));
    if (!extra.length) return a;
    const docs = [...a.documents, ...extra];
    return { ...a, documents: docs, carriedBy: carriedBy(a.centralClauses, docs) };
  });
  const unrouted = [
    ...fa.unrouted.map((u) => placement(keyOf.get(u.doc.id) ?? u.doc.source, u.doc, u.reason, false)),
    ...movedKeys.filter((k) => moveOf(k) === '').map((k) => placement(k, byKey.get(k)!, null, true)),
  ];
  const run: FamiliesRun = { keys: centralKeys, families, keyOf, moved: new Set(movedKeys), unrouted };
  last = { files, settings, run };
  return run;
}

const share = (t: { verbatim: number; adapted: number; omitted: number }) => {
  const all = t.verbatim + t.adapted + t.omitted;
  return all ? (t.verbatim + t.adapted) / all : null;
};

/** What the interface lists of every family (light: no clauses). */
export function familiesSummary(run: FamiliesRun, shown: string): FamiliesSummary {
  const families = run.families.map((a, i): FamilySummary => ({
    key: run.keys[i]!, id: a.central.id, number: a.central.meta.number, kind: a.central.meta.kind, title: a.central.meta.title, issuer: a.central.meta.issuer,
    documents: a.documents.map((d): FamilyDocument => {
      const key = run.keyOf.get(d.doc.id) ?? d.doc.source;
      return {
        ...placement(key, d.doc, d.route ?? null, run.moved.has(key)),
        role: d.doc.meta.role, coverage: share(d.coverage.tasks), omitted: d.coverage.tasks.omitted, parent: d.chain?.parent ?? null,
      };
    }),
  }));
  const sources: TotalsSource[] = run.families.map((a) => ({
    central: { id: a.central.id, number: a.central.meta.number },
    documents: a.documents.map((d) => ({
      issuer: d.doc.meta.issuer, place: d.doc.meta.place, role: d.doc.meta.role, coverage: d.coverage,
      ...(d.effectCounts ? { effectCounts: d.effectCounts } : {}),
      ...(d.chain ? { chain: { role: d.chain.pair.doc.meta.role } } : {}),
    })),
  }));
  return { shown, families, unrouted: run.unrouted, totals: issuerTotals(sources) };
}

/** The family to show: `shown` when it is one of them, else the main one. */
export function shownFamily(run: FamiliesRun, shown: string | null): { key: string; analysis: Analysis } {
  const i = Math.max(0, shown === null ? 0 : run.keys.indexOf(shown));
  return { key: run.keys[i]!, analysis: run.families[i]! };
}
