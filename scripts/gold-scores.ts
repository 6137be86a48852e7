/**
 * `npm run gold`: every public reference alignment scored in one process, through the same
 * report the CLI writes — the seeds' (Lạng Sơn, Quảng Ngãi against KL 54) and the real pairs'
 * (Nghệ An 1026 against Chỉ thị 32, CV 174 against KL 221). A developer's dashboard; the tests
 * (test/lang-son.test.ts, test/real-*.test.ts) hold the bar.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { analyze } from '../src/core/analyze.ts';
import { parseDocuments } from '../src/core/parse-document.ts';
import { toReport } from '../src/core/report.ts';
import { builtinAnalysis } from '../test/support/corpus.ts';
import { scoreGold, type Gold } from '../test/support/score-gold.ts';

const root = path.resolve(import.meta.dirname, '..');
const read = (f: string) => readFileSync(path.join(root, f), 'utf8');
const doc = (f: string, pick: 'task' | 'last' = 'last') => {
  const docs = parseDocuments(path.basename(f), read(f));
  return pick === 'task' ? docs.find((d) => d.blocks.some((b) => b.part === 'task')) ?? docs[0]! : docs.at(-1)!;
};
const verbose = process.argv.includes('-v');

const pairs: { name: string; report: () => ReturnType<typeof toReport>; gold: string }[] = [
  { name: 'Lạng Sơn 1154 ← KL 54', report: () => toReport(builtinAnalysis().analysis), gold: 'test/gold/lang-son-1154.json' },
  { name: 'Quảng Ngãi 1698 ← KL 54', report: () => toReport(builtinAnalysis().analysis), gold: 'test/gold/quang-ngai-1698.json' },
  { name: 'Nghệ An 1026 ← CT 32', report: () => toReport(analyze({ central: doc('corpus/real/ct32-central_32-CT-TTg_quoted-in-article.txt', 'task'), documents: [doc('corpus/real/ct32-local_nghe-an_1026-KH-UBND.txt')] })), gold: 'test/gold/real/ct32-nghe-an-1026.json' },
  { name: 'CV 174 ← KL 221', report: () => toReport(analyze({ central: doc('corpus/real/kl221-central_221-KL-TW.txt', 'task'), documents: [doc('corpus/real/kl221-local_ban-chi-dao-chinh-phu_174-CV-BCD.txt')] })), gold: 'test/gold/real/kl221-bcd-174.json' },
];

for (const p of pairs) {
  const s = scoreGold(p.report(), JSON.parse(read(p.gold)) as Gold);
  console.log(`${p.name.padEnd(26)} label ${s.label.toFixed(3)}  align ${s.align.toFixed(3)}  omission recall ${s.omitRecall.toFixed(2)} precision ${s.omitPrecision.toFixed(2)}  unmatched ${s.unmatched}`);
  if (verbose) for (const m of s.misses) console.log(`    ${m}`);
}
