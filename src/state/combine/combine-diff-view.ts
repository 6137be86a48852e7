/**
 * Display segments of a word diff: substantive insertions and deletions stand out, cosmetic
 * differences (case, tone placement, quotes, punctuation) are marked quietly. Pure.
 */
import type { WordDiff } from '../../core/types.ts';

/** `plain`: same; `cosmetic`: same word written differently; `insert`/`delete`: substantive change; `cosmetic-insert`/`cosmetic-delete`: punctuation and the like. */
export type DiffMark = 'plain' | 'cosmetic' | 'insert' | 'delete' | 'cosmetic-insert' | 'cosmetic-delete';

/** A run of diff text with one mark. */
export interface DiffSegment {
  readonly mark: DiffMark;
  /** Text to show: the local form, or the central one for deletions. */
  readonly text: string;
  /** For `cosmetic`: the central form. */
  readonly central: string | null;
  /** Whether a space goes before this segment. */
  readonly space: boolean;
}

const NO_SPACE_BEFORE = /^[,.;:!?…)\]”’»%]/u;
const NO_SPACE_AFTER = /[([“‘«/]$/u;

function markOf(op: 'equal' | 'insert' | 'delete', kind: 'same' | 'cosmetic' | 'substantive', hasOther: boolean): DiffMark {
  if (op === 'equal') return kind === 'cosmetic' || hasOther ? 'cosmetic' : 'plain';
  if (kind === 'substantive') return op;
  return op === 'insert' ? 'cosmetic-insert' : 'cosmetic-delete';
}

/** Segments in reading order; adjacent segments with the same plain/insert/delete mark are merged. */
export function combineDiffView(diff: WordDiff): DiffSegment[] {
  const out: DiffSegment[] = [];
  let prevText = '';
  for (const p of diff.parts) {
    if (!p.text) continue;
    const mark = markOf(p.op, p.kind, p.other !== undefined && p.other !== p.text);
    const text = p.text;
    const space = out.length > 0 && !NO_SPACE_BEFORE.test(text) && !NO_SPACE_AFTER.test(prevText);
    const last = out.at(-1);
    if (last && last.mark === mark && mark !== 'cosmetic') {
      out[out.length - 1] = { ...last, text: `${last.text}${space ? ' ' : ''}${text}` };
    } else {
      out.push({ mark, text, central: mark === 'cosmetic' ? (p.other ?? null) : null, space });
    }
    prevText = text;
  }
  return out;
}
