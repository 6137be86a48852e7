// `node scripts/parse/self-time.mjs FILE.cpuprofile [N]`: self time by function (top N), and by file.
import { readFileSync } from 'node:fs';
const prof = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const n = Number(process.argv[3] ?? 40);
const byId = new Map(prof.nodes.map((x) => [x.id, x]));
const dt = new Map();
prof.samples.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (prof.timeDeltas[i] ?? 0)));
const fn = new Map(); const file = new Map(); let total = 0;
for (const [id, t] of dt) {
  const cf = byId.get(id).callFrame;
  const f = cf.url.split('/').slice(-1)[0];
  const k = `${cf.functionName || '(anon)'} ${f}:${cf.lineNumber + 1}`;
  fn.set(k, (fn.get(k) ?? 0) + t); file.set(f || cf.functionName, (file.get(f || cf.functionName) ?? 0) + t); total += t;
}
const show = (m, k) => [...m].sort((a, b) => b[1] - a[1]).slice(0, k).forEach(([name, t]) => console.log(`${(100 * t / total).toFixed(1).padStart(5)}% ${(t / 1000).toFixed(0).padStart(6)} ms ${name}`));
console.log('-- by function'); show(fn, n); console.log('-- by file'); show(file, 25);
// Inclusive time of functions (a sample counts once per function even under recursion).
const parent = new Map();
for (const x of prof.nodes) for (const c of x.children ?? []) parent.set(c, x.id);
const incl = new Map();
for (const [id, t] of dt) {
  const seen = new Set();
  for (let k = id; k !== undefined; k = parent.get(k)) {
    const cf = byId.get(k).callFrame;
    const name = `${cf.functionName || '(anon)'} ${cf.url.split('/').slice(-1)[0]}`;
    if (!seen.has(name)) { seen.add(name); incl.set(name, (incl.get(name) ?? 0) + t); }
  }
}
console.log('-- inclusive'); show(incl, Number(process.argv[4] ?? 80));
