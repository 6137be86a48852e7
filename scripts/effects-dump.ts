/**
 * `npx tsx scripts/effects-dump.ts [--central FILE] [FILE ...] [--all]`: what each aligned pair's
 * change does (src/core/effects.ts), pair by pair, with the evidence — a lens for judging the
 * effects stage on real documents, not a test. Without FILE: the built-in corpus against KL 54.
 * `--all` lists pairs without effects too. The effects are computed here from the analysis as it
 * stands, by `documentEffects` (src/core/effect-document.ts).
 */
import { analyze } from '../src/core/analyze.ts';
import { arrange, findDocument } from '../src/core/corpus.ts';
import { effectCounts, type Effect } from '../src/core/effects.ts';
import { documentEffects } from '../src/core/effect-document.ts';
import type { ParsedDocument } from '../src/core/types.ts';
import { loadBuiltin, loadFiles } from '../src/cli/load.ts';

const args = process.argv.slice(2);
const all = args.includes('--all');
const at = args.indexOf('--central');
const centralFile = at >= 0 ? args[at + 1] : undefined;
const files = args.filter((a, i) => !a.startsWith('--') && (at < 0 || i !== at + 1));

const builtin = loadBuiltin();
const pick = (docs: readonly ParsedDocument[]) => docs.find((d) => d.blocks.some((b) => b.part === 'task')) ?? docs[0]!;
const central = centralFile ? pick(await loadFiles([centralFile])) : findDocument(builtin.docs, builtin.manifest.central);
const locals = files.length ? await loadFiles(files) : arrange(builtin.docs, central, builtin.manifest.parents).locals;
const analysis = analyze({ central, documents: locals });
const byId = new Map(analysis.centralClauses.map((c) => [c.id, c]));
const show = (e: Effect) => `${e.kind.padEnd(12)} ${e.code.padEnd(18)} ${JSON.stringify(e.values)}\n      C: ${e.evidence.central}\n      L: ${e.evidence.local}`;

for (const d of analysis.documents) {
  console.log(`\n=== ${d.doc.meta.number ?? d.doc.id} (${d.doc.meta.issuer ?? ''})`);
  const perClause = documentEffects(d, analysis.centralClauses);
  d.clauses.forEach((r, i) => {
    const effects = perClause[i]!;
    if (!r.diff || (!effects.length && !all)) return;
    const sources = r.central.map((id) => byId.get(id)!);
    console.log(`\n-- ${r.clause.id} [${r.class}] ← ${r.central.join(', ')}  (${r.diff.substantive} substantive words)`);
    console.log(`   central: ${sources.map((c) => c.text).join(' | ')}`);
    console.log(`   local:   ${r.clause.text}`);
    for (const e of effects) console.log(`   • ${show(e)}`);
  });
  console.log(`\n   effectCounts: ${JSON.stringify(effectCounts(perClause))}`);
}
