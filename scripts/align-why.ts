/**
 * `npx tsx scripts/align-why.ts CENTRAL LOCAL "snippet"`: for the local clauses containing the
 * snippet, the best central candidates with their shares — why the aligner chose what it chose.
 * A developer's lens on alignment, not a test.
 */
import { readFileSync } from 'node:fs';
import { parseDocuments } from '../src/core/parse-document.ts';
import { segmentClauses } from '../src/core/segment-clauses.ts';
import { analyzeDocument } from '../src/core/analyze.ts';
import { foldText } from '../src/core/normalize.ts';

const [centralFile, localFile, snippet] = process.argv.slice(2);
if (!centralFile || !localFile || !snippet) { console.error('usage: align-why CENTRAL LOCAL "snippet"'); process.exit(2); }
const central = parseDocuments(centralFile, readFileSync(centralFile, 'utf8')).find((d) => d.blocks.some((b) => b.part === 'task'))!;
const local = parseDocuments(localFile, readFileSync(localFile, 'utf8')).at(-1)!;
const cc = segmentClauses(central);
const a = analyzeDocument(central, cc, local);
const want = foldText(snippet);
for (const r of a.clauses.filter((x) => foldText(x.clause.text).includes(want))) {
  console.log(`${r.clause.id} [${r.class}] sim ${r.similarity} → ${r.central.join(', ') || '—'}\n  ${r.clause.text}\n  ${r.reason}`);
  for (const id of r.central) console.log(`  ${id}: ${cc.find((c) => c.id === id)!.text}`);
}
