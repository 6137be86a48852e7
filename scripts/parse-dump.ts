/**
 * `npx tsx scripts/parse-dump.ts FILE [--clauses]`: how the parser reads a file — metadata, then
 * every block (part, unit, heading flag, first words). A developer's lens on parsing, not a test.
 */
import { readFileSync } from 'node:fs';
import { parseDocuments } from '../src/core/parse-document.ts';
import { segmentClauses } from '../src/core/segment-clauses.ts';

process.stdout.on('error', () => process.exit(0));
const [file, ...flags] = process.argv.slice(2);
if (!file) { console.error('usage: parse-dump FILE [--clauses]'); process.exit(2); }
for (const doc of parseDocuments(file, readFileSync(file, 'utf8'))) {
  console.log('== doc', doc.id, JSON.stringify(doc.meta));
  if (flags.includes('--clauses')) {
    for (const c of segmentClauses(doc)) console.log(`${c.id.padEnd(14)} ${c.part.padEnd(14)} ${c.text.slice(0, 90).replace(/\n/gu, ' ')}`);
  } else {
    for (const b of doc.blocks) console.log(`${b.part.padEnd(14)} ${b.unit.padEnd(8)} ${b.title ? 'H' : b.item ? '-' : ' '} ${b.text.slice(0, 90).replace(/\n/gu, ' ')}`);
  }
}
