/**
 * Why a local clause has its class (core/reasons.ts), worded in each language. Typed by code: a
 * reason added to the core does not compile until both languages word it.
 */
import type { Reason, ReasonCode, ReasonValues, Swap } from '../core/reasons.ts';
import type { Part as DocPart } from '../core/types.ts';
import { clauseLabel } from './clause-label.ts';
import { join, quoted, type Lang, type Piece } from './words.ts';

/** The part of a central clause, when the caller knows it ("6-1" is Mục 6 where 6 is the implementation section). */
export type PartOf = (id: string) => DocPart | undefined;

type Wordings = { readonly [C in ReasonCode]: (v: ReasonValues[C], lang: Lang, partOf: PartOf) => Piece };

const labels = (ids: readonly string[], lang: Lang, partOf: PartOf) => ids.map((id) => clauseLabel(lang, id, partOf(id))).join('; ');
const words = (xs: readonly string[]) => join(xs.map(quoted), ', ');
const swaps = (xs: readonly Swap[], by: string) => join(xs.map((s) => [quoted(s.from), by, quoted(s.to)]), '; ');

const VI: Wordings = {
  'no-source': (v, lang, partOf) => [`Không câu nào của văn bản Trung ương trùng quá ${v.share}% câu chữ`,
    v.nearest ? ` (gần nhất: ${clauseLabel(lang, v.nearest, partOf(v.nearest))})` : '', '.'],
  identical: (v, lang, partOf) => `Giống hệt câu của văn bản Trung ương (${labels(v.central, lang, partOf)}).`,
  cosmetic: (v, lang, partOf) => [`Giữ nguyên câu chữ của văn bản Trung ương (${labels(v.central, lang, partOf)}); chỉ khác hình thức: `, words(v.cosmetic), '.'],
  'near-verbatim': (v, lang, partOf) => [`Gần như nguyên văn câu của văn bản Trung ương (${labels(v.central, lang, partOf)}): `,
    join([...(v.inserted.length ? [['thêm ', words(v.inserted)]] : []), ...(v.deleted.length ? [['bỏ ', words(v.deleted)]] : [])], ', '),
    v.cosmetic.length ? ['; khác hình thức: ', words(v.cosmetic)] : '', '.'],
  substitutions: (v, lang, partOf) => [`Điều chỉnh từ câu của văn bản Trung ương (${labels(v.central, lang, partOf)}): thay `, swaps(v.swaps, ' bằng '),
    `; thêm ${v.inserted} từ, bỏ ${v.deleted} từ (${v.shared}% số từ trùng).`],
  'adds-words': (v, lang, partOf) => `Điều chỉnh từ câu của văn bản Trung ương (${labels(v.central, lang, partOf)}): thêm ${v.inserted} từ, bỏ ${v.deleted} từ (${v.shared}% số từ trùng).`,
  'drops-words': (v, lang, partOf) => `Điều chỉnh từ câu của văn bản Trung ương (${labels(v.central, lang, partOf)}): bỏ ${v.deleted} từ, thêm ${v.inserted} từ (${v.shared}% số từ trùng).`,
  rewritten: (v, lang, partOf) => `Dựa trên câu của văn bản Trung ương (${labels(v.central, lang, partOf)}) nhưng viết lại gần như hoàn toàn.`,
  'split-verbatim': (v, lang, partOf) => `Nguyên văn một đoạn (từ thứ ${v.from} đến ${v.to}) của câu văn bản Trung ương (${labels(v.central, lang, partOf)}); câu đó được tách thành ${v.carriers} câu.`,
  weakens: (v, lang, partOf) => [`Điều chỉnh từ câu của văn bản Trung ương (${labels(v.central, lang, partOf)}): thay đổi duy nhất làm nhẹ yêu cầu (`, words(v.words), ').'],
};

const EN: Wordings = {
  'no-source': (v, lang, partOf) => [`No clause of the central text shares more than ${v.share}% of its wording`,
    v.nearest ? ` (nearest: ${clauseLabel(lang, v.nearest, partOf(v.nearest))})` : '', '.'],
  identical: (v, lang, partOf) => `Identical to the central text (${labels(v.central, lang, partOf)}).`,
  cosmetic: (v, lang, partOf) => [`Keeps the wording of the central text (${labels(v.central, lang, partOf)}); differs only in form: `, words(v.cosmetic), '.'],
  'near-verbatim': (v, lang, partOf) => [`Almost verbatim from the central text (${labels(v.central, lang, partOf)}): `,
    join([...(v.inserted.length ? [['adds ', words(v.inserted)]] : []), ...(v.deleted.length ? [['drops ', words(v.deleted)]] : [])], ', '),
    v.cosmetic.length ? ['; differs in form: ', words(v.cosmetic)] : '', '.'],
  substitutions: (v, lang, partOf) => [`Adapted from the central text (${labels(v.central, lang, partOf)}): replaces `, swaps(v.swaps, ' with '),
    `; ${v.inserted} words added, ${v.deleted} dropped (${v.shared}% of words shared).`],
  'adds-words': (v, lang, partOf) => `Adapted from the central text (${labels(v.central, lang, partOf)}): ${v.inserted} words added, ${v.deleted} dropped (${v.shared}% of words shared).`,
  'drops-words': (v, lang, partOf) => `Adapted from the central text (${labels(v.central, lang, partOf)}): ${v.deleted} words dropped, ${v.inserted} added (${v.shared}% of words shared).`,
  rewritten: (v, lang, partOf) => `Based on the central text (${labels(v.central, lang, partOf)}) but almost entirely rewritten.`,
  'split-verbatim': (v, lang, partOf) => `Verbatim: words ${v.from}–${v.to} of a central clause (${labels(v.central, lang, partOf)}) split across ${v.carriers} clauses.`,
  weakens: (v, lang, partOf) => [`Adapted from the central text (${labels(v.central, lang, partOf)}): its only change softens the requirement (`, words(v.words), ').'],
};

const WORDINGS: Readonly<Record<Lang, Wordings>> = { vi: VI, en: EN };

/** The reason in `lang`. */
export function wordReason<C extends ReasonCode>(lang: Lang, why: Reason<C>, partOf: PartOf = () => undefined): Piece {
  return WORDINGS[lang][why.code](why.values, lang, partOf);
}
