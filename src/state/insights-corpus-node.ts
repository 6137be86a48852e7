/**
 * Test helper, Node only (never imported by the app): the built-in corpus as an analysis input, its analysis and
 * its insights, computed once per test file.
 */
import type { Analysis } from '../core/types.ts';
import type { CorpusManifest } from '../core/corpus.ts';
import type { CorpusInput } from './corpus-slice.ts';
import { insightsFor, type InsightsBundle } from './insights-compute.ts';
import { builtinAnalysis, corpusText } from '../../test/support/corpus.ts';

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
