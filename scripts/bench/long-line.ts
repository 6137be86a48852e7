/**
 * One measurement of `npm run bench:robust`, in a fresh process so its peak memory is its own:
 * `tsx scripts/bench/long-line.ts SHAPE CHARS [full]` parses the Lạng Sơn letter followed by one
 * line of CHARS characters of the given SHAPE and prints one JSON line (times in ms, peak resident
 * memory in MB). With `full`, the whole analysis against KL 54 and the insights are timed too.
 */
import fs from 'node:fs';
import path from 'node:path';
import { analyze } from '../../src/core/analyze.ts';
import { computeInsights } from '../../src/core/insights.ts';
import { parseDocuments } from '../../src/core/parse-document.ts';

const corpus = path.resolve(import.meta.dirname, '../../corpus');
const seed = fs.readFileSync(path.join(corpus, 'lang-son-1154-cv-tu.txt'), 'utf8');
const prose = seed.replace(/\s+/gu, ' ');

/** Lines that each hit a regex of the old parser: prose (the letter on one line), and the shapes that overflowed or went quadratic. */
const SHAPES: Readonly<Record<string, { readonly line: string; readonly before?: string }>> = {
  prose: { line: prose },
  bold: { line: 'thực hiện ', before: '**' },
  item: { line: 'Thực hiện ', before: '- ' },
  capitals: { line: 'THỰC HIỆN' },
  'open-tags': { line: '<i thực hiện ' },
  'front-matter': { line: 'thực hiện ' },
  // The line alone is the document, so it is the body the signature search reads: a caps title and
  // a name ("… được giao. Ủy ban") overflowed the stack at 12 million characters (parse-frame.ts).
  sentences: { line: 'Ủy ban nhân dân tỉnh thực hiện nhiệm vụ được giao. ' },
};

const [shape = 'prose', chars = '1000000', full] = process.argv.slice(2);
const spec = SHAPES[shape];
if (!spec) throw new Error(`unknown shape ${shape}`);
const n = Number(chars);
const line = (spec.before ?? '') + spec.line.repeat(Math.ceil(n / spec.line.length)).slice(0, n);
const text = shape === 'front-matter' ? `---\n${line}\n${seed}` : shape === 'sentences' ? line : `${seed}\n\n${line}\n`;

let t = performance.now();
const docs = parseDocuments('dong-dai.txt', text);
const parseMs = performance.now() - t;
let analysisMs: number | null = null, insightsMs: number | null = null;
if (full === 'full') {
  const central = parseDocuments('kl54.txt', fs.readFileSync(path.join(corpus, 'ttxvn-652-cv-du-and-kl-54.txt'), 'utf8'))[1]!;
  t = performance.now();
  const a = analyze({ central, documents: docs });
  analysisMs = performance.now() - t;
  t = performance.now();
  computeInsights(a, []);
  insightsMs = performance.now() - t;
}
console.log(JSON.stringify({ shape, chars: text.length, parseMs, analysisMs, insightsMs, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
