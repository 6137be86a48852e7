/**
 * The passes `npm run bench` times, each from the bytes of the generated files: the tokenizing
 * floor, the product's analysis, and the naive aligner. Each returns what the accuracy check needs.
 */
import { analyze, analyzeDocument, DOCUMENT_STAGES, type DocumentStage } from '../../src/core/analyze.ts';
import { parseSources } from '../../src/core/corpus.ts';
import { tokenize } from '../../src/core/normalize.ts';
import { segmentClauses } from '../../src/core/segment-clauses.ts';
import type { ParsedDocument } from '../../src/core/types.ts';
import { decodeBytes } from '../../src/io/decode-bytes.ts';
import { naiveAlign, naiveScorable } from '../../src/bench/naive-align.ts';

/** A generated file as a reader receives it. */
export interface BenchFile { readonly name: string; readonly bytes: Uint8Array }

/** The floor: read (decode, legacy lines converted) + normalize + tokenize every document. */
export function floorPass(files: readonly BenchFile[]): number {
  let tokens = 0;
  for (const f of files) tokens += tokenize(decodeBytes(f.bytes, f.name).text.normalize('NFC')).length;
  return tokens;
}

function read(files: readonly BenchFile[]): ParsedDocument[] {
  return parseSources(files.map((f) => ({ name: f.name, text: decodeBytes(f.bytes, f.name).text })));
}

/** The product: read + parse + analyze (segment, align through the index, classify, diff, metrics). */
export function fullPass(central: ParsedDocument, files: readonly BenchFile[]) {
  return analyze({ central, documents: read(files) });
}

/** The naive aligner on the same documents: read + parse + every clause against every central clause. */
export function naivePass(central: ParsedDocument, files: readonly BenchFile[]) {
  const centralClauses = segmentClauses(central);
  return read(files).map((d) => naiveScorable(centralClauses, naiveAlign(centralClauses, d)));
}

/** Median wall time of `runs` runs of `fn` (ms), after one warm-up run unless `warm` is false; and the last result. */
export function timed<T>(runs: number, fn: () => T, warm = true): { ms: number; result: T } {
  let result: T | null = warm ? fn() : null;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    result = null; // the previous result is garbage before the next run, as in one real run
    const t0 = performance.now();
    result = fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)]!, result: result! };
}

/**
 * Where the full analysis spends its time, per document (ms): read, parse, then each stage of
 * `analyzeDocument` as its `lap` reports it. One file at a time, kept no longer than its analysis,
 * as the command line's workers read them (src/cli/analyze-file.ts): parsing all the files first and
 * holding them made every young-generation collection copy a thousand documents' clauses (they are
 * remembered per document), a cost no run of the product pays. `clock` reads milliseconds (wall
 * time by default).
 */
export function stagesPass(central: ParsedDocument, files: readonly BenchFile[], clock: () => number = () => performance.now()): Record<string, number> {
  const centralClauses = segmentClauses(central);
  const spent = Object.fromEntries(['read', 'parse', ...DOCUMENT_STAGES].map((k) => [k, 0])) as Record<'read' | 'parse' | DocumentStage, number>;
  let last = clock();
  const lap = (stage: 'read' | 'parse' | DocumentStage) => { const now = clock(); spent[stage] += now - last; last = now; };
  for (const f of files) {
    last = clock();
    const text = decodeBytes(f.bytes, f.name).text;
    lap('read');
    const docs = parseSources([{ name: f.name, text }]);
    lap('parse');
    for (const d of docs) analyzeDocument(central, centralClauses, d, lap);
  }
  return Object.fromEntries(Object.entries(spent).map(([k, v]) => [k, v / files.length]));
}
