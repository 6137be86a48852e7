// json's corpus-wide part written from compact counts and disk (src/cli/insight-spool.ts) is byte
// for byte the stringified `finishInsights` the app computes, on the seeds (with and without KL 21
// as parent: provenance sources, rules, localized clauses, the TTXVN letter's kind mismatch) and on
// generated documents (rules made by many documents).
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/core/analyze.ts';
import { parseDocuments } from '../src/core/parse-document.ts';
import { addDocument, documentStats, emptyStats, finishInsights, statsContext } from '../src/core/insight-stats.ts';
import type { DocumentAnalysis, ParsedDocument } from '../src/core/types.ts';
import { insightSpool } from '../src/cli/insight-spool.ts';
import { chunked, writeObject } from '../src/cli/json-pieces.ts';
import { indented } from '../src/cli/sink.ts';
import { builtinAnalysis } from './support/corpus.ts';
import { writeCorpus } from '../scripts/bench/write-corpus.ts';

const { analysis, docs } = builtinAnalysis();
const kl21 = docs.filter((d) => d.meta.number === '21-KL/TW');

/** The part as the spool writes it, and as the report's `JSON.stringify(…, null, 2)` gave it. */
function both(central: ParsedDocument, documents: readonly DocumentAnalysis[], parents: readonly ParsedDocument[]) {
  const ctx = statsContext(central, analysis.centralClauses, parents);
  const spool = insightSpool(ctx);
  const acc = emptyStats();
  for (const d of documents) {
    // Each side gets its own copy, as a worker's message gives the main thread.
    spool.add(d.doc.id, structuredClone(documentStats(ctx, d)));
    addDocument(acc, d.doc.id, documentStats(ctx, d));
  }
  let text = '';
  const pieces = chunked((s) => { text += s; });
  spool.write(pieces.write);
  pieces.flush();
  const i = finishInsights(ctx, acc);
  return { text, expected: `"provenance": ${indented(i.provenance, 1)},\n  "rules": ${indented(i.rules, 1)},\n  "citations": ${indented(i.citations, 1)}`, insights: i };
}

describe('the json corpus-wide part from the spool', () => {
  it('equals the whole part on the seeds with KL 21 as parent', () => {
    const { text, expected, insights } = both(analysis.central, analysis.documents, kl21);
    expect(insights.provenance.local.some((l) => l.source)).toBe(true);
    expect(insights.rules.localized.length).toBeGreaterThan(0);
    expect(insights.citations.flags.some((f) => f.kind === 'kind-mismatch')).toBe(true);
    expect(text).toBe(expected);
  });
  it('equals the whole part without parents (no provenance to trace)', () => {
    const { text, expected } = both(analysis.central, analysis.documents, []);
    expect(text).toBe(expected);
  });
  it('equals the whole part over 120 generated documents, and with none', () => {
    const dir = fs.mkdtempSync('/tmp/doichieu-spool-test-');
    try {
      const files = writeCorpus(120, dir);
      const generated = files.flatMap((f) => parseDocuments(f, fs.readFileSync(f, 'utf8')));
      const run = analyze({ central: analysis.central, documents: generated });
      const { text, expected, insights } = both(analysis.central, run.documents, kl21);
      expect(insights.rules.rules.some((r) => Object.keys(r.documents).length > 10)).toBe(true);
      expect(text).toBe(expected);
      const none = both(analysis.central, [], kl21);
      expect(none.text).toBe(none.expected);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('writeObject', () => {
  it('writes what JSON.stringify(v, null, 2) writes at any depth, arrays item by item or whole', () => {
    const value = { a: [], b: [1, { c: 'x"y', d: [null, []] }], e: {}, f: 'é\n' };
    for (const depth of [0, 1, 3]) {
      let text = '';
      writeObject((s) => { text += s; }, [['a', [][Symbol.iterator](), 'items'], ['b', value.b.values(), 'items'], ['e', value.e], ['f', value.f]], depth);
      expect(text).toBe(indented(value, depth));
    }
  });
});
