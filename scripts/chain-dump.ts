/**
 * `npx tsx scripts/chain-dump.ts --central FILE FILE …`: for every document whose parent is another
 * of the files, each clause's origin (central / parent / own) with the parent clause and the root
 * clause it comes from, then the omissions. A developer's lens on chain.ts, not a test.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { analyzeChained } from '../src/core/families.ts';
import { parseSources } from '../src/core/corpus.ts';

process.stdout.on('error', () => process.exit(0));
const args = process.argv.slice(2);
const at = args.indexOf('--central');
if (at < 0 || !args[at + 1]) { console.error('usage: chain-dump --central FILE FILE …'); process.exit(2); }
const read = (f: string) => ({ name: path.basename(f), text: readFileSync(f, 'utf8') });
const centralDocs = parseSources([read(args[at + 1]!)]);
const central = centralDocs.find((d) => d.blocks.some((b) => b.part === 'task')) ?? centralDocs[0]!;
const files = args.filter((_, i) => i !== at && i !== at + 1);
const a = analyzeChained({ central, documents: parseSources(files.map(read)) });
const cut = (s: string | undefined) => (s ?? '').replace(/\s+/gu, ' ').slice(0, 100);
const rootText = new Map(a.centralClauses.map((c) => [c.id, c.text]));
for (const d of a.documents) {
  if (!d.chain) continue;
  const parent = a.documents.find((p) => p.doc.id === d.chain!.parent)!;
  const parentText = new Map(parent.clauses.map((r) => [r.clause.id, r.clause.text]));
  console.log(`== ${d.doc.id} ← ${parent.doc.id} (depth ${d.chain.depth})`);
  for (const o of d.chain.origins) {
    console.log(`${o.clause.padEnd(12)} ${o.origin.padEnd(8)} ${cut(d.clauses.find((r) => r.clause.id === o.clause)?.clause.text)}`);
    for (const p of o.parent) console.log(`${''.padEnd(14)}parent ${p}: ${cut(parentText.get(p))}`);
    for (const r of o.root) console.log(`${''.padEnd(14)}root   ${r}: ${cut(rootText.get(r))}`);
  }
  const om = d.chain.omitted;
  console.log(`omitted: ${om.parent.length} of the parent's task clauses; ${om.root.length} of the root's (${om.dropped.length} of them carried by the parent)`);
}
