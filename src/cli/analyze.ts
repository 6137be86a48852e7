/**
 * `npm run analyze -- [--central FILE] [--format json|csv|md] [--out FILE] [FILE|FOLDER ...]`
 * Without FILE: the whole built-in corpus against 54-KL/TW. Users' mistakes (missing, empty,
 * binary or structureless files) exit with code 2 and one line naming the file — never a stack trace.
 */
import fs from 'node:fs';
import { analyze } from '../core/analyze.ts';
import { arrange, findDocument } from '../core/corpus.ts';
import { isInputError } from '../core/errors.ts';
import { toReport } from '../core/report.ts';
import { computeInsights } from '../core/insights.ts';
import { loadBuiltin, loadFiles } from './load.ts';
import { toCsv, toMarkdown } from './render.ts';

interface Args { central: string | null; format: 'json' | 'csv' | 'md'; out: string | null; files: string[] }

class UsageError extends Error {}

function parseArgs(argv: readonly string[]): Args {
  const a: Args = { central: null, format: 'json', out: null, files: [] };
  for (let i = 0; i < argv.length; i++) {
    const x = argv[i]!;
    const value = () => { const v = argv[++i]; if (v === undefined) throw new UsageError(`${x} needs a value`); return v; };
    if (x === '--central') a.central = value();
    else if (x === '--out') a.out = value();
    else if (x === '--format') {
      const f = value();
      if (f !== 'json' && f !== 'csv' && f !== 'md') throw new UsageError(`unknown format "${f}" (json, csv or md)`);
      a.format = f;
    } else if (x === '--help' || x === '-h') throw new UsageError('usage: npm run analyze -- [--central FILE] [--format json|csv|md] [--out FILE] [FILE|FOLDER ...]');
    else if (x.startsWith('--')) throw new UsageError(`unknown option ${x}`);
    else a.files.push(x);
  }
  return a;
}

async function main(argv: readonly string[]): Promise<string> {
  const args = parseArgs(argv);
  const builtin = loadBuiltin();
  const centralDocs = args.central ? await loadFiles([args.central]) : builtin.docs;
  const central = args.central
    ? (centralDocs.find((d) => d.blocks.some((b) => b.part === 'task')) ?? centralDocs[0]!)
    : findDocument(builtin.docs, builtin.manifest.central);
  const { parents } = arrange(builtin.docs, findDocument(builtin.docs, builtin.manifest.central), builtin.manifest.parents);
  let locals;
  if (args.files.length) {
    const docs = await loadFiles(args.files);
    // A file may also hold the central text (seed 000: the cover letter and KL 54); it is not a local document.
    locals = docs.filter((d) => d.meta.number === null || d.meta.number !== central.meta.number);
  } else {
    locals = arrange(builtin.docs, central, builtin.manifest.parents).locals;
  }
  const analysis = analyze({ central, documents: locals });
  // The corpus's parents (KL 21) are the hierarchy above its central text; a central text of the
  // user's own has no known parent unless it is the corpus's.
  const hierarchy = central.meta.number && central.meta.number === builtin.manifest.central ? parents : [];
  const report = toReport(analysis, computeInsights(analysis, hierarchy));
  if (args.format === 'csv') return toCsv(report);
  if (args.format === 'md') return toMarkdown(report);
  return `${JSON.stringify(report, null, 2)}\n`;
}

main(process.argv.slice(2)).then((text) => {
  const out = process.argv.includes('--out') ? process.argv[process.argv.indexOf('--out') + 1] : undefined;
  if (out) fs.writeFileSync(out, text);
  else process.stdout.write(text);
}).catch((e: unknown) => {
  if (isInputError(e)) process.stderr.write(`doichieu: ${e.message.includes(e.source) ? e.message : `${e.source}: ${e.message}`}\n`);
  else if (e instanceof UsageError) process.stderr.write(`doichieu: ${e.message}\n`);
  else process.stderr.write(`doichieu: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = e instanceof UsageError || isInputError(e) ? 2 : 1;
});
