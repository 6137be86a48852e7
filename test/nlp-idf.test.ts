// The alignment's IDF is natural's (TfIdf.idf), computed from counted document frequencies instead
// of TfIdf's per-term scan of every document; both must give the same weights.
import { describe, expect, it } from 'vitest';
import TfIdf from 'natural/lib/natural/tfidf/tfidf';
import { wordsOf } from '../src/core/align.ts';
import { idfOf, wordNgrams } from '../src/core/nlp-adapter.ts';
import { segmentClauses } from '../src/core/segment-clauses.ts';
import { builtinAnalysis } from './support/corpus.ts';

describe('idfOf', () => {
  // The alignment's features: words and word bigrams (align-index.ts).
  const featuresOf = (ws: string[]) => [...ws, ...wordNgrams(ws, 2).map(([a, b]) => `${a} ${b}`)];

  it("equals natural's TfIdf.idf on the features of KL 54 and Lạng Sơn's clauses", () => {
    const { central, docs } = builtinAnalysis();
    const langSon = docs.find((d) => d.meta.number === '1154-CV/TU')!;
    const clauses = [...segmentClauses(central), ...segmentClauses(langSon)].map((c) => featuresOf(wordsOf(c)));
    const tfidf = new TfIdf();
    for (const c of clauses) tfidf.addDocument([...c]);
    const df = new Map<string, number>();
    for (const c of clauses) for (const f of new Set(c)) df.set(f, (df.get(f) ?? 0) + 1);
    const terms = [...df.keys()];
    expect(terms.length).toBeGreaterThan(1000);
    for (const t of terms) expect(idfOf(clauses.length, df.get(t)!)).toBeCloseTo(tfidf.idf(t), 12);
  });
});
