/**
 * `analyze --central A --central B … FILE|FOLDER …`: several families in one run (issue 13). Every
 * file is read (a bad one is named on stderr and skipped, as in a batch), the central texts found
 * among the inputs are left out, each other document is routed to the text it implements, and
 * each family is analysed against its root. Routing needs every document at once (a commune plan's
 * parent may be any other file), so this run reads and analyses in this thread; `--jobs` is not used.
 */
import { analyzeFamilies } from '../core/families.ts';
import { arrange, findDocument } from '../core/corpus.ts';
import type { ParsedDocument } from '../core/types.ts';
import { describeError, type FileDocument } from './analyze-file.ts';
import { UsageError, type Args } from './args.ts';
import { expandInputs } from './inputs.ts';
import { describeWarning, loadBuiltin, loadFiles, readDocuments } from './load.ts';
import type { Output } from './output.ts';
import { createProgress, elapsed } from './progress.ts';
import { withUniqueIds } from './unique-ids.ts';
import { renderFamilies } from './families-render.ts';
import { routeText } from '../messages/route-words.ts';

const warn = (line: string) => process.stderr.write(`doichieu: ${line}\n`);

/** Runs a families run; resolves to the exit code (0; 2 when a file failed; 1 when a file hit a bug). */
export async function runFamilies(args: Args, out: Output): Promise<number> {
  const start = performance.now();
  const builtin = loadBuiltin();
  const centrals: ParsedDocument[] = [];
  for (const path of args.centrals) {
    const c = pickCentral(await loadFiles([path], (w) => warn(describeWarning(w))));
    const twin = centrals.find((x) => sameNumberAs(x, c) || sameText(x, c));
    if (twin) throw new UsageError(`--central ${path} is ${c.meta.number ?? c.id} again (already given as --central ${twin.source})`);
    centrals.push(c);
  }
  const kl54 = builtin.manifest.central;
  // Provenance looks into the corpus's parents (KL 21) only for the corpus's own central text.
  const hierarchy = (c: ParsedDocument) => (c.meta.number === kl54 ? arrange(builtin.docs, findDocument(builtin.docs, kl54), builtin.manifest.parents).parents : []);

  let documents: ParsedDocument[];
  let failed = 0, internal = 0, files = 0;
  if (!args.files.length) {
    documents = builtin.docs.filter((d) => !builtin.manifest.parents.includes(d.meta.number ?? '') && !centrals.some((c) => sameText(c, d)));
  } else {
    const { paths, batch } = await expandInputs(args.files);
    files = paths.length;
    const progress = createProgress(paths.length, { write: (t) => process.stderr.write(t), isTTY: process.stderr.isTTY === true }, args.quiet || !batch);
    const read: FileDocument<ParsedDocument>[] = [];
    for (const p of paths) {
      try {
        const r = await readDocuments(p);
        for (const w of r.warnings) progress.note(`doichieu: ${describeWarning(w)}`);
        read.push(...r.docs.map((d) => ({ id: d.id, value: centrals.some((c) => sameText(c, d)) ? null : d })));
      } catch (e) {
        const error = describeError(e);
        failed++;
        if (error.code === 'INTERNAL') internal++;
        progress.note(`doichieu: ${error.code === 'INTERNAL' ? `${p}: ${error.message}` : error.message}`);
      }
      progress.tick();
    }
    const code = internal ? 1 : failed ? 2 : 0;
    if (!batch && code) return code;
    documents = withUniqueIds(read, (d, id) => ({ ...d, id }));
  }
  const fa = analyzeFamilies({ centrals, documents });
  out.write(renderFamilies(fa, args.format, hierarchy, args.lang));
  if (!args.quiet && args.format !== 'json' && args.format !== 'md') {
    for (const u of fa.unrouted) warn(`${u.doc.source}: not in any family: ${routeText(u.reason, 'en')}`);
  }
  if (!args.quiet) {
    const routed = fa.families.reduce((n, f) => n + f.documents.length, 0);
    warn(`${files} files, ${routed + fa.unrouted.length} documents in ${fa.families.length} families (${fa.unrouted.length} unrouted), ${failed} failed, ${elapsed(start, performance.now())}`);
  }
  return internal ? 1 : failed ? 2 : 0;
}

/** A central file may hold a cover letter before the text itself: the first document with tasks. */
export function pickCentral(docs: readonly ParsedDocument[]): ParsedDocument {
  return docs.find((d) => d.blocks.some((b) => b.part === 'task')) ?? docs[0]!;
}

/** The same file read twice (a central text in the folder given): same name, number and text. */
function sameText(a: ParsedDocument, b: ParsedDocument): boolean {
  return a.source === b.source && a.meta.number === b.meta.number && a.text === b.text;
}

/** Two central texts of one number would share every citation: refused. */
const sameNumberAs = (a: ParsedDocument, b: ParsedDocument) => a.meta.number !== null && a.meta.number === b.meta.number;
