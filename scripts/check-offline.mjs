#!/usr/bin/env node
/**
 * Checks the offline build (`npm run build:offline`): dist-offline holds exactly one file,
 * index.html; nothing in it is fetched from elsewhere (every src/href attribute, CSS url() and
 * import is inline — data: or a fragment); a Content-Security-Policy without 'unsafe-eval' allows
 * its inline scripts by hash; the fonts are inlined. Reports the size. Exits 1 on any failure.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2] ?? 'dist-offline';
const problems = [];
const files = readdirSync(dir, { recursive: true }).map(String).filter((f) => statSync(join(dir, f)).isFile());
if (files.length !== 1 || files[0] !== 'index.html') problems.push(`expected only index.html in ${dir}, found: ${files.join(', ') || 'nothing'}`);

const html = readFileSync(join(dir, 'index.html'), 'utf8');
const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gu)];
const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gu)].map((m) => m[1]);
const markup = html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gu, '<script></script>').replace(/<style\b[^>]*>[\s\S]*?<\/style>/gu, '<style></style>');

const inline = (v) => v.startsWith('data:') || v.startsWith('#') || v === '';
for (const m of markup.matchAll(/\s(src|href)\s*=\s*["']([^"']*)["']/gu)) {
  if (!inline(m[2])) problems.push(`markup refers to a file or URL: ${m[1]}="${m[2].slice(0, 80)}"`);
}
for (const [, attrs] of scripts) if (/\bsrc\s*=/u.test(attrs)) problems.push(`external script: <script${attrs}>`);
for (const css of styles) {
  for (const m of css.matchAll(/url\(\s*["']?([^"')]*)/gu)) if (!inline(m[1])) problems.push(`CSS url() refers to a file or URL: ${m[1].slice(0, 80)}`);
  for (const m of css.matchAll(/@import\s+[^;]+/gu)) problems.push(`CSS @import: ${m[0].slice(0, 80)}`);
}
const code = scripts.map((m) => m[2]).join('\n');
for (const m of code.matchAll(/\b(?:import|fetch)\(\s*["'`](https?:|\.{0,2}\/)[^"'`]*/gu)) problems.push(`script loads ${m[0].slice(0, 80)}`);
for (const m of code.matchAll(/new (?:Shared)?Worker\(\s*["'`](https?:|\.{0,2}\/)[^"'`]*/gu)) problems.push(`script starts a worker from a file: ${m[0].slice(0, 80)}`);
if (/\bassets\/[\w.-]+\.(?:js|mjs|css|woff2?)\b/u.test(code)) problems.push('script refers to a file under assets/');

const fonts = styles.join('\n').match(/url\(\s*["']?data:font\/woff2/gu)?.length ?? 0;
if (fonts === 0) problems.push('no inlined woff2 font (data:font/woff2) in the styles');

const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/u.exec(html)?.[1];
if (!csp) problems.push('no Content-Security-Policy meta tag');
else {
  if (csp.includes("'unsafe-eval'")) problems.push("the Content-Security-Policy allows 'unsafe-eval'");
  const scriptSrc = /script-src ([^;]*)/u.exec(csp)?.[1] ?? '';
  if (scriptSrc.includes("'unsafe-inline'")) problems.push("the Content-Security-Policy allows 'unsafe-inline' scripts");
  for (const [, , body] of scripts) {
    if (!body.trim()) continue;
    const hash = `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`;
    if (!scriptSrc.includes(hash)) problems.push(`an inline script is not allowed by the policy (${hash} missing)`);
  }
}

const mb = (statSync(join(dir, 'index.html')).size / 1024 / 1024).toFixed(2);
if (problems.length) {
  console.error(`check-offline: ${dir}/index.html (${mb} MB) FAILED`);
  for (const p of problems) console.error(`  - ${p}`);
  process.exit(1);
}
console.log(`check-offline: ${dir}/index.html is self-contained: ${mb} MB, ${scripts.length} inline script(s), ${fonts} inlined woff2 font(s), CSP without 'unsafe-eval'`);
