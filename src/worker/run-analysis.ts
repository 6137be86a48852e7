/** What the worker does with a corpus: parse every file, pick the central text, analyze the rest. */
import type { Analysis } from '../core/types.ts';
import { arrange, findDocument } from '../core/corpus.ts';
import { analyze } from '../core/analyze.ts';
import { analyzeChained } from '../core/families.ts';
import { benchmarkInput } from '../bench/benchmark-input.ts';
import type { CorpusInput } from '../state/slices/corpus-slice.ts';
import { arrangeWorkspace } from '../state/workspace/workspace-arrange.ts';
import { parseTolerant } from '../state/workspace/parse-tolerant.ts';
import type { Progress } from '../core/analyze.ts';
import { familiesOn } from '../state/families/families-types.ts';
import { familiesRun, familiesSummary, shownFamily } from '../state/families/families-run.ts';
import { compareRun } from '../state/families/compare-run.ts';
import { rememberFamilies } from '../state/families/families-registry.ts';

/** Parses and analyzes; reports a `parse` stage, then one stage per document. Throws InputError on bad input. */
export function runAnalysis(input: CorpusInput, onProgress: (p: Progress) => void): Analysis {
  if (input.bench) {
    // Benchmark mode: generate the documents here, off the page; the stage names the count.
    onProgress({ done: 0, total: input.bench.n, stage: 'generate' });
    const { central, documents } = benchmarkInput(input.files, input.manifest, input.bench.n, input.bench.seed);
    return analyze({ central, documents }, { onProgress });
  }
  if (input.compare) return compareRun(input.files, input.manifest, input.workspace, input.compare, onProgress);
  if (input.workspace && familiesOn(input.workspace.families)) {
    // Several central texts (issue 13): every family routed and analysed, the one shown returned.
    const fam = input.workspace.families;
    const run = familiesRun(input.files, input.manifest, input.workspace, fam, onProgress);
    const { key, analysis } = shownFamily(run, fam.shown);
    rememberFamilies(analysis, familiesSummary(run, key));
    return analysis;
  }
  onProgress({ done: 0, total: input.files.length + 1, stage: 'parse' });
  // A file the parser cannot read is left out (the documents page shows it as failed), not the whole run.
  const docs = parseTolerant(input.files).docs;
  if (input.workspace) {
    // The user's central text, compared documents and metadata corrections (src/state/workspace/workspace-arrange.ts).
    // A document implementing another of them (a commune's plan under the province's guide) is
    // also compared with it (issue 13: chains; analyze() plus `chain`, nothing else changes).
    const { central, locals } = arrangeWorkspace(docs, input.manifest, input.workspace);
    return analyzeChained({ central, documents: locals }, { onProgress });
  }
  const central = findDocument(docs, input.manifest.central);
  const { locals } = arrange(docs, central, input.manifest.parents);
  return analyze({ central, documents: locals }, { onProgress });
}
