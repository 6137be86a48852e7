// The benchmark generator (src/bench) and the analysis agree: documents made from the seeds —
// copied, reworded with the seeds' localizations, dropped, moved, added to, renumbered and damaged
// — are classified and aligned as the generator recorded. Accuracy regressions fail here, not only
// in `npm run bench`.
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/core/analyze.ts';
import type { CorpusManifest } from '../src/core/corpus.ts';
import { benchmarkInput } from '../src/bench/benchmark-input.ts';
import { generateCorpus } from '../src/bench/generate-corpus.ts';
import { benchBase } from '../src/bench/benchmark-input.ts';
import { scoreTruth } from '../src/bench/score-truth.ts';
import { corpusText } from './support/corpus.ts';

const manifest = JSON.parse(corpusText('corpus.json')) as CorpusManifest;
const files = manifest.files.map((f) => ({ name: f, text: corpusText(f) }));

describe('benchmark corpus generator', () => {
  it('is deterministic, and document i does not depend on N', () => {
    const base = benchBase(files, manifest);
    const a = generateCorpus(base, 12, 7), b = generateCorpus(base, 5, 7), c = generateCorpus(base, 5, 8);
    expect(b.map((d) => d.text)).toEqual(a.slice(0, 5).map((d) => d.text));
    expect(c.map((d) => d.text)).not.toEqual(b.map((d) => d.text));
  });

  it('writes every kind of clause and every kind of damage', () => {
    const docs = generateCorpus(benchBase(files, manifest), 100, 1);
    const labels = new Set(docs.flatMap((d) => d.truth.clauses.map((c) => c.label)));
    expect([...labels].sort()).toEqual(['adapted', 'added', 'verbatim']);
    expect(docs.every((d) => d.truth.omitted.length > 0)).toBe(true);
    const share = (re: RegExp) => docs.filter((d) => re.test(d.text)).length / docs.length;
    expect(share(/\*\*/u)).toBeGreaterThan(0.3); // markdown bold
    expect(share(/[µ¸¹¶©]/u)).toBeGreaterThan(0.1); // TCVN3 paragraphs (à á ạ ả ấ read as Windows-1252)
    expect(share(/\n\n\d\n\n/u)).toBeGreaterThan(0.1); // page numbers between cut halves
    expect(share(/ \n\n\p{Ll}/u)).toBeGreaterThan(0.03); // 003-style hard wrap
    expect(share(/\nII\. /u)).toBeGreaterThan(0.05); // roman task numbers
    expect(share(/\n2- /u)).toBeGreaterThan(0.1); // "1-" task numbers
  });

  it('agrees with the analysis on 100 documents: labels, alignments and omissions ≥ 0.97', () => {
    const input = benchmarkInput(files, manifest, 100, 1);
    const analysis = analyze({ central: input.central, documents: input.documents });
    const score = scoreTruth(analysis.documents, input.generated.map((g) => g.truth));
    expect(score.clauses).toBeGreaterThan(2500);
    expect(score.label).toBeGreaterThanOrEqual(0.97);
    expect(score.align).toBeGreaterThanOrEqual(0.97);
    expect(score.omissionRecall).toBeGreaterThanOrEqual(0.97);
    expect(score.omissionPrecision).toBeGreaterThanOrEqual(0.97);
    expect(score.spurious / score.clauses).toBeLessThan(0.01);
  });
});
