/** Turning source files into documents, and choosing the central one. */
import type { ParsedDocument } from './types.ts';
import { parseDocuments } from './parse-document.ts';
import { InputError } from './errors.ts';

/** A source file's name and decoded text. */
export interface SourceFile {
  readonly name: string;
  readonly text: string;
}

/** `corpus/corpus.json`: which document is central, which are parents (for provenance). */
export interface CorpusManifest {
  readonly central: string;
  readonly parents: readonly string[];
  readonly files: readonly string[];
}

/** Parses every file; a file may yield several documents (seed 000: a cover letter and the text it forwards). */
export function parseSources(files: readonly SourceFile[]): ParsedDocument[] {
  const docs = files.flatMap((f) => parseDocuments(f.name, f.text));
  // Ids must be unique: two files may hold the same number (a re-import, a copy).
  const seen = new Map<string, number>();
  return docs.map((d) => {
    const n = seen.get(d.id) ?? 0;
    seen.set(d.id, n + 1);
    return n ? { ...d, id: `${d.id}-${n + 1}` } : d;
  });
}

/** Finds a document by number ("54-KL/TW") or id; throws NO_CENTRAL when absent. */
export function findDocument(docs: readonly ParsedDocument[], key: string): ParsedDocument {
  const k = key.normalize('NFC').toLocaleUpperCase('vi').replace(/\s+/gu, '');
  const hit = docs.find((d) => (d.meta.number ?? '').toLocaleUpperCase('vi') === k || d.id === key || d.source === key);
  if (!hit) throw new InputError('NO_CENTRAL', key, `central document ${key} not found among ${docs.length} documents`);
  return hit;
}

/** A corpus split around its central text (what `arrange` returns). */
export interface ArrangedCorpus {
  readonly central: ParsedDocument;
  /** Documents above the central text (KL 21), which the central text itself implements. */
  readonly parents: readonly ParsedDocument[];
  readonly locals: readonly ParsedDocument[];
}

/**
 * Splits documents into central, parents and local ones: local documents are all the others
 * except parents; a document that the central text itself implements is a parent too.
 */
export function arrange(docs: readonly ParsedDocument[], central: ParsedDocument, parentKeys: readonly string[] = []): ArrangedCorpus {
  const parents = docs.filter((d) => d !== central && (parentKeys.includes(d.meta.number ?? '') || parentKeys.includes(d.id)));
  const locals = docs.filter((d) => d !== central && !parents.includes(d));
  return { central, parents, locals };
}
