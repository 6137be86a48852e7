/**
 * CPU time of `analyzeDocument`'s stages over N generated documents (parsed once, outside the
 * clock), for A/B runs of two checkouts on a shared machine: `tsx scripts/stage-prof.ts [ROOT] [N] [WARM]`
 * imports the core of ROOT (default this checkout). Prints one JSON line: CPU ms per document per
 * stage (process.cpuUsage, user + system) and the whole loop's CPU. The first WARM (200) generated
 * documents warm the code up; the N after them are measured, once: the analysis remembers pairs it
 * read before, and a repeated pass would find them all remembered, as no real batch does.
 * Profile with `node --cpu-prof --import tsx scripts/stage-prof.ts`.
 */
import path from 'node:path';

const root = path.resolve(process.argv[2] ?? path.resolve(import.meta.dirname, '..'));
const n = Number(process.argv[3] ?? 1000), warm = Number(process.argv[4] ?? 200);
const { benchInputs } = await import(path.join(root, 'scripts/bench/setup.ts')) as typeof import('./bench/setup.ts');
const { analyzeDocument, DOCUMENT_STAGES } = await import(path.join(root, 'src/core/analyze.ts')) as typeof import('../src/core/analyze.ts');
const { parseSources } = await import(path.join(root, 'src/core/corpus.ts')) as typeof import('../src/core/corpus.ts');
const { segmentClauses } = await import(path.join(root, 'src/core/segment-clauses.ts')) as typeof import('../src/core/segment-clauses.ts');

const { central, files } = benchInputs(warm + n);
const decoder = new TextDecoder();
const docs = parseSources(files.map((f) => ({ name: f.name, text: decoder.decode(f.bytes) })));
const centralClauses = segmentClauses(central);
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const spent: Record<string, number> = Object.fromEntries(DOCUMENT_STAGES.map((k) => [k, 0]));
let whole = 0;
for (const [r, part] of [[0, docs.slice(0, warm)], [1, docs.slice(warm)]] as const) {
  const t0 = cpu();
  let last = t0;
  const lap = (stage: string) => { const now = cpu(); if (r) spent[stage]! += now - last; last = now; };
  for (const d of part) { last = cpu(); analyzeDocument(central, centralClauses, d, lap); }
  if (r) whole += cpu() - t0;
}
const per = (ms: number) => Math.round((ms / n) * 1000) / 1000;
console.log(JSON.stringify({ root, n, warm, total: per(whole), ...Object.fromEntries(Object.entries(spent).map(([k, v]) => [k, per(v)])) }));
