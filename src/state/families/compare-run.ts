/**
 * Any two documents compared (issue 13): two versions of one letter, two provinces' plans side by
 * side. The first is taken as the central text and the second aligned with it, clause by clause,
 * exactly as `analyze` aligns an implementing document (core marks the second "compared", never
 * that it implements the first). Run by the analysis worker; documents named by workspace key.
 */
import type { Analysis, ParsedDocument } from '../../core/types.ts';
import type { Progress } from '../../core/analyze.ts';
import { analyze } from '../../core/analyze.ts';
import { parseSources, type CorpusManifest, type SourceFile } from '../../core/corpus.ts';
import { InputError } from '../../core/errors.ts';
import { applyPatch, documentKeys } from '../workspace/workspace-arrange.ts';
import type { WorkspaceSettings } from '../workspace/workspace-types.ts';

/** The two documents to compare, by workspace key (`source#n`). */
export interface ComparePick {
  readonly a: string;
  readonly b: string;
}

/** Aligns `pick.b` with `pick.a`, the user's metadata corrections applied. Throws InputError NO_CENTRAL when a key is not found. */
export function compareRun(files: readonly SourceFile[], _manifest: CorpusManifest, ws: WorkspaceSettings | undefined, pick: ComparePick, onProgress: (p: Progress) => void): Analysis {
  onProgress({ done: 0, total: files.length + 1, stage: 'parse' });
  const parsed = parseSources(files);
  const keys = documentKeys(parsed);
  const doc = (key: string): ParsedDocument => {
    const i = keys.indexOf(key);
    if (i < 0) throw new InputError('NO_CENTRAL', key, `document ${key} not found`);
    return applyPatch(parsed[i]!, ws?.edits[key]);
  };
  const a = doc(pick.a);
  let b = doc(pick.b);
  // The same id (two files of one number: the .docx and the .pdf of a letter) would name both sides alike.
  if (b.id === a.id) b = { ...b, id: `${b.id}-2` };
  return analyze({ central: a, documents: [b] }, { onProgress });
}
