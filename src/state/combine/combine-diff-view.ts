/**
 * Display segments of a word diff: substantive insertions and deletions stand out, cosmetic
 * differences (case, tone placement, quotes, punctuation) are marked quietly. Pure.
 */
import type { WordDiff } from '../../core/types.ts';
import type { Effect, EffectKind } from '../../core/effects.ts';

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
  /** The effect whose evidence this changed text is ("minh" dropped from "nghiêm minh": `weakened`), or null. */
  readonly effect?: EffectKind | null;
}

/**
 * The effect a changed part shows: the first effect (reworded aside: it explains nothing) whose
 * evidence span on the part's side (central for deletions, local for insertions) overlaps it.
 */
function effectOf(op: 'equal' | 'insert' | 'delete', start: number, end: number, effects: readonly Effect[]): EffectKind | null {
  if (op === 'equal') return null;
  for (const e of effects) {
    if (e.kind === 'reworded') continue;
    const span = op === 'delete' ? e.spans.central : e.spans.local;
    if (span && start < span[1] && end > span[0]) return e.kind;
  }
  return null;
}

const NO_SPACE_BEFORE = /^[,.;:!?…)\]”’»%]/u;
const NO_SPACE_AFTER = /[([“‘«/]$/u;

function markOf(op: 'equal' | 'insert' | 'delete', kind: 'same' | 'cosmetic' | 'substantive', hasOther: boolean): DiffMark {
  if (op === 'equal') return kind === 'cosmetic' || hasOther ? 'cosmetic' : 'plain';
  if (kind === 'substantive') return op;
  return op === 'insert' ? 'cosmetic-insert' : 'cosmetic-delete';
}

/** Segments in reading order; adjacent segments with the same plain/insert/delete mark (and effect) are merged. */
export function combineDiffView(diff: WordDiff, effects: readonly Effect[] = []): DiffSegment[] {
  const out: DiffSegment[] = [];
  let prevText = '';
  for (const p of diff.parts) {
    if (!p.text) continue;
    const mark = markOf(p.op, p.kind, p.other !== undefined && p.other !== p.text);
    const effect = mark === 'insert' || mark === 'delete' ? effectOf(p.op, p.start, p.end, effects) : null;
    const text = p.text;
    const space = out.length > 0 && !NO_SPACE_BEFORE.test(text) && !NO_SPACE_AFTER.test(prevText);
    const last = out.at(-1);
    if (last && last.mark === mark && mark !== 'cosmetic' && (last.effect ?? null) === effect) {
      out[out.length - 1] = { ...last, text: `${last.text}${space ? ' ' : ''}${text}` };
    } else {
      out.push({ mark, text, central: mark === 'cosmetic' ? (p.other ?? null) : null, space, ...(effect ? { effect } : {}) });
    }
    prevText = text;
  }
  return out;
}
