/**
 * What the import worker does: one file's bytes → Unicode text (legacy encodings converted), checked
 * to be Vietnamese and to hold a document structure, with the metadata detected; and the catalog of
 * a workspace (every document, arranged). Pure apart from the readers it is given.
 */
import type { DocMeta } from '../../core/types.ts';
import { InputError, toFailure, type Failure } from '../../core/errors.ts';
import { parseDocuments } from '../../core/parse-document.ts';
import { readFile, type ReadDeps, type ReadWarning } from '../../io/read-file.ts';
import { assertVietnamese } from '../../io/check-language.ts';
import type { CorpusInput } from '../slices/corpus-slice.ts';
import { arrangeWorkspace, isNumberedTask } from './workspace-arrange.ts';
import { parseTolerant } from './parse-tolerant.ts';
import { EMPTY_WORKSPACE, type Catalog, type WorkspaceDoc } from './workspace-types.ts';

/** A document found in an imported file. */
export interface DetectedDoc {
  readonly meta: DocMeta;
  readonly blocks: number;
  /** Blocks under a numbered task. */
  readonly tasks: number;
}

/** A file read and accepted. */
export interface ReadSuccess {
  readonly ok: true;
  readonly name: string;
  readonly text: string;
  readonly encoding: string;
  readonly converted: string | null;
  readonly format: WorkspaceDoc['format'];
  readonly size: number;
  readonly docs: readonly DetectedDoc[];
  /** What the reader noticed in a file it read anyway (INVALID_UTF8); absent when nothing. */
  readonly warnings?: readonly ReadWarning[];
}

/** A file refused: its name and the failure, worded by the interface from its code. */
export interface ReadFailure extends Failure {
  readonly ok: false;
  readonly name: string;
}

export type ReadOutcome = ReadSuccess | ReadFailure;

/** Reads, converts and checks one file (`format: 'paste'` for pasted text). */
export async function readImport(name: string, bytes: Uint8Array, deps: ReadDeps, paste = false): Promise<ReadOutcome> {
  try {
    const r = await readFile(name, bytes, deps);
    assertVietnamese(name, r.text);
    const docs = parseDocuments(name, r.text);
    if (!docs.some((d) => d.blocks.length > 0)) {
      throw new InputError('NO_STRUCTURE', name, `${name}: no recognisable document structure (no body paragraphs found)`);
    }
    return {
      ok: true, name, text: r.text, encoding: r.encoding, converted: r.converted, format: paste ? 'paste' : r.format, size: bytes.length,
      docs: docs.map((d) => ({ meta: d.meta, blocks: d.blocks.length, tasks: d.blocks.filter(isNumberedTask).length })),
      ...(r.warnings ? { warnings: r.warnings } : {}),
    };
  } catch (e) {
    return { ok: false, name, ...toFailure(e, name) };
  }
}

/** Every document of the input, arranged as the analysis arranges them; the files the parser could not read in `failed`. */
export function catalogOf(input: CorpusInput): Catalog {
  const { docs, failed } = parseTolerant(input.files);
  return { ...arrangeWorkspace(docs, input.manifest, input.workspace ?? EMPTY_WORKSPACE).catalog, failed };
}
