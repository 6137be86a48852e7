/**
 * Test helper, Node only (never imported by the app): the built-in corpus as an analysis input, its analysis and
 * its insights, computed once per test file.
 */
import type { Analysis } from '../../src/core/types.ts';
import type { CorpusManifest } from '../../src/core/corpus.ts';
import type { CorpusInput } from '../../src/state/slices/corpus-slice.ts';
import { insightsFor, type InsightsBundle } from '../../src/state/insights/insights-compute.ts';
import { builtinAnalysis, corpusText } from './corpus.ts';

let cached: { input: CorpusInput; analysis: Analysis; bundle: InsightsBundle } | null = null;

/** Input, analysis and insights of the built-in corpus. */
export function corpusInsights(): { input: CorpusInput; analysis: Analysis; bundle: InsightsBundle } {
  if (cached) return cached;
  const manifest = JSON.parse(corpusText('corpus.json')) as CorpusManifest;
  const input: CorpusInput = { files: manifest.files.map((name) => ({ name, text: corpusText(name) })), manifest };
  const { analysis } = builtinAnalysis();
  cached = { input, analysis, bundle: insightsFor(input, analysis) };
  return cached;
}
