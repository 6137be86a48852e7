#!/usr/bin/env node
/**
 * Reports the size of the JavaScript the first screen loads (the entry script of dist/index.html
 * and the modules it preloads), gzipped, and fails above the budget. Lazy chunks (charts, pair and
 * clause views, corpus texts) and the analysis worker are listed apart: they do not count.
 *
 *   node scripts/report-bundle-size.mjs [dist] [--budget-kb 250]
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const args = process.argv.slice(2);
const budgetAt = args.indexOf('--budget-kb');
const budgetKb = budgetAt >= 0 ? Number(args[budgetAt + 1]) : 250;
const dist = resolve(args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--budget-kb') ?? 'dist');

const html = readFileSync(join(dist, 'index.html'), 'utf8');
const refs = new Set();
for (const m of html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/gu)) refs.add(m[1]);
for (const m of html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/gu)) refs.add(m[1]);
if (refs.size === 0) {
  console.error(`report-bundle-size: no entry script in ${join(dist, 'index.html')}`);
  process.exit(1);
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const size = (file) => {
  const buf = readFileSync(file);
  return { raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
};

let total = 0;
const initial = new Set();
console.log('Initial JavaScript (first screen):');
for (const ref of refs) {
  const file = join(dist, ref.replace(/^\.?\//u, ''));
  const s = size(file);
  total += s.gzip;
  initial.add(file);
  console.log(`  ${ref.padEnd(48)} ${kb(s.raw).padStart(10)}  gzip ${kb(s.gzip).padStart(9)}`);
}

const assets = join(dist, 'assets');
const lazy = readdirSync(assets).filter((f) => f.endsWith('.js') && !initial.has(join(assets, f)));
if (lazy.length) {
  console.log('Loaded later (not counted):');
  for (const f of lazy.sort()) {
    const s = size(join(assets, f));
    console.log(`  assets/${f.padEnd(41)} ${kb(statSync(join(assets, f)).size).padStart(10)}  gzip ${kb(s.gzip).padStart(9)}`);
  }
}

const ok = total <= budgetKb * 1024;
console.log(`Initial JavaScript, gzip: ${kb(total)} (budget ${budgetKb} KB) ${ok ? 'OK' : 'OVER BUDGET'}`);
process.exit(ok ? 0 : 1);
