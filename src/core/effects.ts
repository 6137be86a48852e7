/**
 * Stage: what a change does. Reads an aligned pair (the central clause tokens, the local clause
 * tokens and their word diff) and says whether the local text weakens, strengthens, narrows,
 * widens, reassigns or merely localizes the directive, with the words that show it. Results are
 * codes and values (rendered in the user's language by the UI and the CLI), never sentences.
 *
 * Rules, in order: the word lists of `effect-words.ts` (force, deadlines, frequencies, targets,
 * sanctions, emphasis), the roles (chủ trì ↔ phối hợp), the bodies of `admin-levels.ts`
 * (localized / reassigned), enumerations (narrowed / widened); `reworded` when none applies.
 */
import type { Part, Token, WordDiff } from './types.ts';
import { fold, foldShared, foldedAll, textOf } from './effect-match.ts';
import { around, inSlots, slotsOf, splitOnly, uncarriedTokens, type Pair, type Range } from './effect-pair.ts';
import { lexiconEffects, roleEffects } from './effect-lexicon.ts';
import { bodyEffects } from './effect-bodies.ts';
import { listEffects } from './effect-lists.ts';
import { emptyList, mapped } from './packed.ts';

export type EffectKind = 'weakened' | 'strengthened' | 'narrowed' | 'widened' | 'reassigned' | 'localized' | 'reworded';

/** Every effect code and the kind it belongs to. Values each code carries are listed beside it. */
export const EFFECT_CODES = {
  FORCE_DROPPED: 'weakened', // word, group: a word of force or obligation dropped ("kịp thời", "phải")
  FORCE_SOFTENED: 'weakened', // from, to: replaced by a softer one ("nghiêm minh" → "nghiêm", "phải" → "cần")
  DEADLINE_DROPPED: 'weakened', // deadline
  DEADLINE_LATER: 'weakened', // from, to
  FREQUENCY_DROPPED: 'weakened', // frequency
  FREQUENCY_LOWER: 'weakened', // from, to: a longer period ("hằng tuần" → "hằng tháng")
  TARGET_DROPPED: 'weakened', // target
  TARGET_LOWERED: 'weakened', // from, to
  SANCTION_DROPPED: 'weakened', // sanction
  SANCTION_SOFTENED: 'weakened', // from, to ("xử lý nghiêm" → "xử lý")
  FORCE_ADDED: 'strengthened', // word, group
  FORCE_HARDENED: 'strengthened', // from, to ("cần" → "phải")
  DEADLINE_ADDED: 'strengthened', // deadline
  DEADLINE_EARLIER: 'strengthened', // from, to
  FREQUENCY_ADDED: 'strengthened', // frequency
  FREQUENCY_HIGHER: 'strengthened', // from, to
  TARGET_ADDED: 'strengthened', // target
  TARGET_RAISED: 'strengthened', // from, to
  SANCTION_ADDED: 'strengthened', // sanction
  EMPHASIS_DROPPED: 'narrowed', // qualifier, what ("nhất là" + "người đứng đầu")
  ENUM_ITEMS_DROPPED: 'narrowed', // items (joined by "; "), count
  EMPHASIS_ADDED: 'widened', // qualifier, what
  ENUM_ITEMS_ADDED: 'widened', // items, count
  LEAD_CHANGED: 'reassigned', // from, to, role: the body that leads or answers is another kind of body
  ROLE_CHANGED: 'reassigned', // from, to: "chủ trì" ↔ "phối hợp"
  LEVEL_SWAP: 'localized', // from, to, family, fromLevel, toLevel ("Ban Bí thư" → "Ban Thường vụ Tỉnh ủy")
  VARIANT_CHOSEN: 'localized', // from, to ("Công an tỉnh, thành phố" → "Công an tỉnh")
  OPTION_CHOSEN: 'localized', // items: alternatives ("… hoặc …") the local text did not take
  CENTRAL_ONLY_DROPPED: 'localized', // items: central bodies with no local counterpart left out of a list ("Văn phòng Chủ tịch nước")
  SCOPE_LOCALIZED: 'localized', // place ("trên địa bàn tỉnh Nghệ An" added)
  REWORDED: 'reworded', // inserted, deleted (substantive words); capped: "true" when the pair was too different to diff
} as const satisfies Record<string, EffectKind>;

export type EffectCode = keyof typeof EFFECT_CODES;

export const EFFECT_KINDS: readonly EffectKind[] = ['weakened', 'strengthened', 'narrowed', 'widened', 'reassigned', 'localized', 'reworded'];

export interface Effect {
  readonly kind: EffectKind;
  readonly code: EffectCode;
  /** What the explanation is built from: words as printed, levels, counts (all strings). */
  readonly values: Readonly<Record<string, string>>;
  /** The words that show it on each side, with a little context; '' when a side has none. */
  readonly evidence: { readonly central: string; readonly local: string };
  /** Offsets of the evidence words proper in the central / local document text (like DiffPart offsets), for highlighting. */
  readonly spans: { readonly central: readonly [number, number] | null; readonly local: readonly [number, number] | null };
}

export interface EffectInput {
  /** Tokens of the central clause(s) the local clause derives from, in central order (as given to `wordDiff`). */
  readonly central: readonly Token[];
  readonly local: readonly Token[];
  readonly diff: WordDiff;
  /**
   * Tokens of the document's other clauses that carry the same central clause(s). A central clause
   * split over two local clauses (Nghệ An III.1-5/III.1-6 carry Chỉ thị 32's "… từ sớm, từ xa, điều
   * tra, xử lý nghiêm vi phạm") is not weakened by either half: drops found there do not count.
   */
  readonly siblings?: readonly (readonly Token[])[];
  /**
   * Part of the local clause. An assessment describes, it does not direct: KL 54's "chưa kịp thời"
   * rewritten is no weakening. Only localizations (and `reworded`) are read there.
   */
  readonly part?: Part;
}

/** Words of context shown on each side of the evidence. */
const CONTEXT = 2;

/** What the change from the central clause(s) to the local clause does. Empty when nothing substantive changed. */
export function effectsOf(input: EffectInput): Effect[] {
  const { central, local, diff } = input;
  if (!diff.substantive) return emptyList();
  if (diff.capped) {
    return [{ kind: 'reworded', code: 'REWORDED', values: { inserted: String(diff.inserted), deleted: String(diff.deleted), capped: 'true' }, evidence: { central: '', local: '' }, spans: { central: null, local: null } }];
  }
  const slots = slotsOf(central, local, diff);
  const pair: Pair = {
    central, local, cf: foldShared(central), lf: fold(local), slots, uncarried: uncarriedTokens(central, slots),
    explained: { c: new Set(), l: new Set() }, elsewhere: mapped(input.siblings, foldedAll),
  };
  if (splitOnly(pair)) return emptyList();
  const out: Effect[] = [];
  const emit = (code: EffectCode, values: Record<string, string>, c: Range, l: Range) => out.push(effect(pair, code, values, c, l));
  if (input.part !== 'assessment') {
    lexiconEffects(pair, emit);
    roleEffects(pair, emit);
  }
  bodyEffects(pair, emit);
  if (input.part !== 'assessment') listEffects(pair, emit);
  dropRetimed(out, pair);
  if (!out.length) {
    const first = pair.slots.op.findIndex((o) => o !== 'equal');
    let b = first;
    while (b < pair.slots.op.length - 1 && pair.slots.op[b + 1] !== 'equal') b++;
    emit('REWORDED', { inserted: String(diff.inserted), deleted: String(diff.deleted) }, inSlots(pair.slots, 'c', first, b), inSlots(pair.slots, 'l', first, b));
  }
  return out;
}

/**
 * "kịp thời báo cáo" becoming "định kỳ báo cáo" (Chỉ thị 32's task 8 in Nghệ An's IV.2, the
 * reporting half split off into the next clause) prescribes the timing another way: a dropped
 * "kịp thời" or "thường xuyên" is no weakening when the clause or its siblings set a frequency or a
 * deadline instead.
 */
function dropRetimed(out: Effect[], p: Pair): void {
  // Most pairs drop neither word: the texts are not searched for a timing then.
  if (!out.some(isRetimable)) return;
  const timing = /(^| )(định kỳ|hằng (ngày|tuần|tháng|quý|năm)|hàng (ngày|tuần|tháng|quý|năm)|trước ngày|chậm nhất)( |$)/u;
  const retimed = out.some((e) => e.code === 'FREQUENCY_ADDED' || e.code === 'DEADLINE_ADDED') || p.elsewhere.some((t) => timing.test(t)) || timing.test(p.lf.text);
  if (!retimed) return;
  for (let i = out.length - 1; i >= 0; i--) {
    const e = out[i]!;
    if (isRetimable(e)) out.splice(i, 1);
  }
}

const isRetimable = (e: Effect): boolean => e.code === 'FORCE_DROPPED' && /^(kịp thời|thường xuyên)$/u.test(e.values['word'] ?? '');

function effect(p: Pair, code: EffectCode, values: Record<string, string>, c: Range, l: Range): Effect {
  const sl = p.slots;
  const cWin = c ? around(sl, 'c', c[0], c[1]) : l && around(sl, 'l', l[0], l[1]);
  const lWin = l ? around(sl, 'l', l[0], l[1]) : cWin;
  const span = (toks: readonly Token[], r: Range) => (r ? [toks[r[0]]!.start, toks[r[1] - 1]!.end] as const : null);
  return {
    kind: EFFECT_CODES[code], code, values,
    evidence: { central: evidenceText(p, 'c', cWin), local: evidenceText(p, 'l', lWin) },
    spans: { central: span(p.central, c), local: span(p.local, l) },
  };
}

/** One side's words in slots [a, b], with up to `CONTEXT` kept words on each side. */
function evidenceText(p: Pair, side: 'c' | 'l', win: [number, number] | null): string {
  if (!win) return '';
  const sl = p.slots, toks = side === 'c' ? p.central : p.local;
  let [a, b] = win;
  for (let n = 0; n < CONTEXT && a > 0 && sl.op[a - 1] === 'equal'; a--) if (p.central[sl.c[a - 1]!]!.word) n++;
  for (let n = 0; n < CONTEXT && b < sl.op.length - 1 && sl.op[b + 1] === 'equal'; b++) if (p.central[sl.c[b + 1]!]!.word) n++;
  const r = inSlots(sl, side, a, b);
  return r ? textOf(toks, r[0], r[1]) : '';
}

/** `true` when the pair weakens the directive: such a clause is never `verbatim` (the legend's promise). */
export const hasWeakening = (effects: readonly Effect[]): boolean => effects.some((e) => e.kind === 'weakened');

/**
 * `true` when the only substantive change weakens the directive: every effect is `weakened`
 * (Quảng Ngãi 1698 task 5's "xử lý nghiêm, kịp thời" for KL 54's "nghiêm minh"). Such a clause
 * is `adapted`, not `verbatim`. A clause that also localizes is caught by `hasWeakening`.
 */
export const isWeakeningOnly = (effects: readonly Effect[]): boolean => effects.length > 0 && effects.every((e) => e.kind === 'weakened');

/** For a document: how many of its clauses (each given by its effects) have at least one effect of each kind. */
export function effectCounts(clauses: readonly (readonly Effect[])[]): Record<EffectKind, number> {
  const counts = Object.fromEntries(EFFECT_KINDS.map((k) => [k, 0])) as Record<EffectKind, number>;
  for (const effects of clauses) {
    // Most clauses have none or one effect: no set of kinds is built for them.
    if (effects.length === 1) counts[effects[0]!.kind]++;
    else if (effects.length > 1) for (const k of new Set(effects.map((e) => e.kind))) counts[k]++;
  }
  return counts;
}
