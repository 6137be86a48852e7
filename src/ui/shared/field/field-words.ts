/**
 * Damage problems and effects worded from their codes and values, in the interface language. The
 * document's own words (examples, evidence, bodies) stay marked as document text.
 */
import type { Effect } from '../../../core/effects.ts';
import type { QualityProblem } from '../../../core/quality.ts';
import { docText, fillParts, join, quoted, type Lang, type Piece } from '../../../messages/words.ts';
import { CUT_REASON, EFFECT_WORDS, LEVEL_WORDS, QUALITY_WORDS } from '../../i18n/insight-field-strings.ts';

/** A problem worded: its name, what was found (with examples), and what it means for the result. */
export interface WordedProblem {
  readonly name: string;
  readonly found: Piece;
  readonly examples: Piece | null;
  readonly meaning: string;
}

/** "12" for 0.12; "<1" below one percent, so a small share never reads as none. */
export function percent(share: number): string {
  const p = Math.round(share * 100);
  return p === 0 && share > 0 ? '<1' : String(p);
}

/** One quality problem in `lang`. */
export function wordProblem(lang: Lang, p: QualityProblem): WordedProblem {
  const w = QUALITY_WORDS[lang][p.code];
  const v = p.values;
  const vars: Record<string, number | Piece> = {};
  for (const [k, x] of Object.entries(v)) vars[k] = typeof x === 'number' ? x : docText(x);
  vars['pct'] = percent(Number(v['share'] ?? 0));
  vars['reason'] = CUT_REASON[lang][String(v['reason'] ?? '')] ?? String(v['reason'] ?? '');
  const ex = String(v['examples'] ?? '') || String(v['ending'] ?? '');
  return {
    name: w.name, found: fillParts(w.found, vars), meaning: w.meaning,
    examples: ex ? join(ex.split(', ').map((e) => quoted(e)), ', ') : null,
  };
}

/** Values that are counts or levels, not the document's words. */
const COUNTS = new Set(['count', 'inserted', 'deleted']);
const LEVELS = new Set(['fromLevel', 'toLevel']);

/** What one effect does, from its code and values ("“nghiêm minh” thành “nghiêm”: yêu cầu nhẹ hơn."). */
export function wordEffect(lang: Lang, e: Pick<Effect, 'code' | 'values'>): Piece {
  const vars: Record<string, number | Piece> = {};
  for (const [k, x] of Object.entries(e.values)) {
    if (COUNTS.has(k)) vars[k] = x;
    else if (LEVELS.has(k)) vars[k] = LEVEL_WORDS[lang][x] ?? x;
    else if (k === 'items') vars[k] = join(x.split('; ').map((i) => quoted(i)), ', ');
    else vars[k] = quoted(x);
  }
  // "nhất là quy chế dân chủ" reads as one phrase: quote qualifier and object together.
  if (e.values['qualifier'] !== undefined) {
    vars['qualifier'] = ['“', docText(e.values['qualifier'])];
    vars['what'] = [docText(e.values['what'] ?? ''), '”'];
  }
  return fillParts(EFFECT_WORDS[lang][e.code], vars);
}
