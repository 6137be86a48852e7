/** Messages between the page and the import worker. Plain data only (structured clone; file bytes are copied, so the page can retry them). */
import type { Failure } from '../core/errors.ts';
import type { CorpusInput } from '../state/slices/corpus-slice.ts';
import type { Catalog } from '../state/workspace/workspace-types.ts';
import type { ReadOutcome } from '../state/workspace/import-read.ts';

/** Page → worker. */
export type ImportRequest =
  | { readonly type: 'read'; readonly id: number; readonly name: string; readonly bytes: ArrayBuffer; readonly paste: boolean }
  | { readonly type: 'catalog'; readonly id: number; readonly input: CorpusInput };

/** Worker → page. */
export type ImportReply =
  | { readonly type: 'read'; readonly id: number; readonly outcome: ReadOutcome }
  | { readonly type: 'catalog'; readonly id: number; readonly catalog: Catalog }
  | { readonly type: 'error'; readonly id: number; readonly failure: Failure };
