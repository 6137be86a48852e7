/**
 * The largest real pair: Nghị quyết liên tịch 102/2025 (about 85,000 characters, Chương / Điều /
 * khoản, forms attached) against the Quảng Ninh guide to it (about 96,000): parse and analysis
 * times, medians of three runs, with the clause counts that make them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { analyze } from '../../src/core/analyze.ts';
import { parseDocuments } from '../../src/core/parse-document.ts';

const REAL = path.resolve(import.meta.dirname, '../../corpus/real');

export function bigPair(): { chars: [number, number]; parseMs: number; analyzeMs: number; clauses: [number, number] } {
  const texts = ['nqlt102-central_102-2025-NQLT.txt', 'nqlt102-province_mttq-quang-ninh_HD-hiep-thuong-draft.txt'].map((f) => readFileSync(path.join(REAL, f), 'utf8'));
  const med = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const parse: number[] = [], run: number[] = [];
  let result: ReturnType<typeof analyze> | null = null;
  for (let k = 0; k < 3; k++) {
    const t0 = performance.now();
    const [central, local] = texts.map((t, i) => parseDocuments(`f${i}.txt`, t).at(-1)!);
    const t1 = performance.now();
    result = analyze({ central: central!, documents: [local!] });
    run.push(performance.now() - t1);
    parse.push(t1 - t0);
  }
  return { chars: [texts[0]!.length, texts[1]!.length], parseMs: med(parse), analyzeMs: med(run), clauses: [result!.centralClauses.length, result!.documents[0]!.clauses.length] };
}
