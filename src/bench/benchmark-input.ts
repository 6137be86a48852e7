/**
 * From the built-in corpus to a benchmark corpus ready for `analyze()`: parse the real documents,
 * generate N local documents from them, and read those back the way the app and the CLI read a
 * file (legacy TCVN3 lines converted, then parsed). Pure: runs in Node, the browser and a worker.
 */
import { arrange, findDocument, parseSources, type CorpusManifest, type SourceFile } from '../core/corpus.ts';
import type { ParsedDocument } from '../core/types.ts';
import { fixLegacyVietnamese } from '../io/legacy-vietnamese.ts';
import { generateCorpus } from './generate-corpus.ts';
import type { BenchBase, GeneratedDoc } from './types.ts';

/** Parses the real corpus into what the generator starts from. */
export function benchBase(files: readonly SourceFile[], manifest: CorpusManifest): BenchBase {
  const docs = parseSources(files);
  const central = findDocument(docs, manifest.central);
  const { parents, locals } = arrange(docs, central, manifest.parents);
  return { central, parents, locals: locals.filter((d) => d.meta.role !== 'forwarding') };
}

/** Reads generated files as a reader would: legacy-encoded lines converted, then parsed. */
export function readGenerated(docs: readonly GeneratedDoc[]): ParsedDocument[] {
  return parseSources(docs.map((d) => ({ name: d.name, text: fixLegacyVietnamese(d.text).text })));
}

/** A benchmark corpus of `n` documents: the central text, the parsed documents and their truth. */
export function benchmarkInput(files: readonly SourceFile[], manifest: CorpusManifest, n: number, seed = 1) {
  const base = benchBase(files, manifest);
  const generated = generateCorpus(base, n, seed);
  return { central: base.central, generated, documents: readGenerated(generated) };
}
