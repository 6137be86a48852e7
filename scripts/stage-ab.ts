/**
 * CPU time of `analyzeDocument`'s stages in two checkouts, interleaved in one process:
 * `tsx scripts/stage-ab.ts ROOT_A ROOT_B [N] [WARM] [CHUNK]`. Each checkout's core is imported
 * from its own path (its own module instances and memos) and reads the same generated documents;
 * after WARM (200) documents each, they take turns over chunks of CHUNK (25) documents, A B then B A,
 * so that a shared machine's load, which drifts by the minute, weighs on both alike (separate runs
 * of scripts/stage-prof.ts a minute apart differed by 20 % on the same code). Prints per stage the
 * CPU ms per document of each and the ratio B / A. The two share one heap (one side's garbage is
 * collected in the other's stages) and the order of import weighs too: a checkout against a copy
 * of itself gave stage ratios from 0.87 to 1.53 but 1.001 for the total, and the same two
 * checkouts gave totals of 0.917 one way and 1 / 1.277 the other. Run it both ways and take the
 * geometric mean of B / A and 1 / (A / B); per stage, compare separate runs of stage-prof.ts too.
 */
import path from 'node:path';

const [ra, rb] = [process.argv[2], process.argv[3]].map((r) => path.resolve(r ?? '.'));
const n = Number(process.argv[4] ?? 1000), warm = Number(process.argv[5] ?? 200), chunk = Number(process.argv[6] ?? 25);
const { benchInputs } = await import(path.join(ra!, 'scripts/bench/setup.ts')) as typeof import('./bench/setup.ts');
const { central, files } = benchInputs(warm + n);
const decoder = new TextDecoder();
const texts = files.map((f) => ({ name: f.name, text: decoder.decode(f.bytes) }));
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };

/** One checkout, ready to analyze the documents (parsed by its own code, outside the clock). */
async function side(root: string) {
  const { analyzeDocument, DOCUMENT_STAGES } = await import(path.join(root, 'src/core/analyze.ts')) as typeof import('../src/core/analyze.ts');
  const { parseSources } = await import(path.join(root, 'src/core/corpus.ts')) as typeof import('../src/core/corpus.ts');
  const { segmentClauses } = await import(path.join(root, 'src/core/segment-clauses.ts')) as typeof import('../src/core/segment-clauses.ts');
  const docs = parseSources(texts), centralClauses = segmentClauses(central);
  const spent: Record<string, number> = Object.fromEntries([...DOCUMENT_STAGES, 'total'].map((k) => [k, 0]));
  const run = (from: number, to: number, count: boolean) => {
    const t0 = cpu();
    let last = t0;
    const lap = (stage: string) => { const now = cpu(); if (count) spent[stage]! += now - last; last = now; };
    for (let i = from; i < to; i++) { last = cpu(); analyzeDocument(central, centralClauses, docs[i]!, lap); }
    if (count) spent['total']! += cpu() - t0;
  };
  return { run, spent };
}

const a = await side(ra!), b = await side(rb!);
a.run(0, warm, false);
b.run(0, warm, false);
for (let at = warm, k = 0; at < warm + n; at += chunk, k++) {
  const to = Math.min(warm + n, at + chunk);
  for (const s of k % 2 ? [b, a] : [a, b]) s.run(at, to, true);
}
const per = (ms: number) => Math.round((ms / n) * 1000) / 1000;
for (const stage of Object.keys(a.spent)) {
  const x = a.spent[stage]!, y = b.spent[stage]!;
  console.log(`${stage.padEnd(40)} A ${per(x).toFixed(3)}  B ${per(y).toFixed(3)}  B/A ${(y / x).toFixed(3)}`);
}
