/** Test helpers: the built-in corpus and single documents, read from the repository's corpus/. */
import fs from 'node:fs';
import path from 'node:path';
import { analyze } from '../../src/core/analyze.ts';
import { arrange, findDocument, parseSources, type CorpusManifest } from '../../src/core/corpus.ts';
import { parseDocuments } from '../../src/core/parse-document.ts';
import type { Analysis, ParsedDocument } from '../../src/core/types.ts';

export const CORPUS = path.resolve(import.meta.dirname, '../../corpus');

export function corpusText(file: string): string {
  return fs.readFileSync(path.join(CORPUS, file), 'utf8');
}

export function parseCorpusFile(file: string): ParsedDocument[] {
  return parseDocuments(file, corpusText(file));
}

let cached: { analysis: Analysis; docs: ParsedDocument[]; central: ParsedDocument } | null = null;

/** The built-in corpus analysed once per test file. */
export function builtinAnalysis() {
  if (cached) return cached;
  const manifest = JSON.parse(corpusText('corpus.json')) as CorpusManifest;
  const docs = parseSources(manifest.files.map((f) => ({ name: f, text: corpusText(f) })));
  const central = findDocument(docs, manifest.central);
  const analysis = analyze({ central, documents: arrange(docs, central, manifest.parents).locals });
  cached = { analysis, docs, central };
  return cached;
}
