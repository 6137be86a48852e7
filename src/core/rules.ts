/**
 * Localization rules: the systematic substitutions a locality applies to the central wording
 * ("Ban Bí thư" → "Ban Thường vụ Tỉnh ủy", "pháp luật có liên quan" → "quy chế, quy định"), mined
 * from the word diffs of adapted pairs, counted per document and across documents. An adapted
 * clause whose only substantive changes are such substitutions is "localized wording": a faithful
 * adaptation, distinct from a clause whose meaning changed.
 */
import type { Analysis, DocumentAnalysis } from './types.ts';
import { foldText } from './normalize.ts';
import { substitutionPairs, unpairedWords } from './substitutions.ts';
import { countRules, keptRules, ruleCounts, sortedRules } from './rule-counts.ts';

/** A mined rule. */
export interface LocalizationRule {
  /** Stable id: folded "from→to". */
  readonly id: string;
  readonly from: string;
  readonly to: string;
  /** Name words qualifying the substitution ("Mặt trận Tổ quốc" for "Việt Nam" → "tỉnh"). */
  readonly context: string;
  readonly count: number;
  /** Occurrences per document id. */
  readonly documents: Readonly<Record<string, number>>;
  /** Where it occurs: document id and local clause id. */
  readonly examples: readonly { readonly doc: string; readonly clause: string }[];
}

export interface RulesReport {
  readonly rules: readonly LocalizationRule[];
  /** Adapted clauses whose only substantive changes are substitutions of at most `SHORT` words a side. */
  readonly localized: readonly { readonly doc: string; readonly clause: string; readonly rules: readonly string[] }[];
}

/**
 * A substitution is a wording rule when each side is a short name or term; a longer replacement
 * is a rewrite, not a rule. The seeds' rules run to 4 words ("Ban Thường vụ Tỉnh ủy").
 */
export const SHORT = 5;
/**
 * Words added or dropped outside substitutions that a localized clause may still have. Lạng Sơn's
 * "…định kỳ báo cáo kết quả thực hiện với Ban Thường vụ Tỉnh ủy (qua Ban Dân vận Tỉnh ủy)" swaps two
 * names and adds "việc thực hiện": still a faithful, localized rendering of central 6-3.
 */
export const LOOSE_WORDS = 4;

const words = (s: string) => s.split(/\s+/u).filter(Boolean).length;

/**
 * Words that name a level of the hierarchy or its instruments. A substitution that swaps one of
 * them is a localization even when it occurs once ("các tỉnh uỷ, thành uỷ" → "các huyện ủy, thành
 * ủy"); other substitutions count as rules only when at least two documents make them.
 */
const LEVEL = /(^| )(trung ương|việt nam|ban bí thư|bộ chính trị|nhà nước|cả nước|toàn quốc|pháp luật|tỉnh|thành phố|thành uỷ|tỉnh uỷ|huyện|quận|xã|phường|địa phương|quy chế|quy định)( |$)/u;
/**
 * A swap of document references ("Quyết định số 99-QĐ/TW" → "Kết luận số 54-KL/TW", "Kết luận này"
 * → "Công văn này") is a citation, reported by the citations stage, not a wording rule.
 */
const REFERENCE = /(^| )(\d+|qđ|kl|nq|ct|kh|hd|cv|tw|tu|số|kết luận|quyết định|nghị quyết|chỉ thị|công văn|kế hoạch|hướng dẫn|quy định số)( |$)/u;
const isReference = (s: { from: string; to: string }) => REFERENCE.test(foldText(s.from)) || REFERENCE.test(foldText(s.to));

/** Whether a substitution swaps a level of the hierarchy (`LEVEL`): a rule even when one document makes it. */
export const involvesLevel = (s: { readonly from: string; readonly to: string }) =>
  LEVEL.test(foldText(s.from)) && LEVEL.test(foldText(s.to));

/**
 * A document's share of the rules: every short substitution of its aligned pairs (clause, folded
 * id, words as written, context), and its adapted clauses made only of substitutions. Whether a
 * substitution is a rule depends on the other documents, so that is decided in `finishRules`.
 */
export interface DocRules {
  readonly subs: readonly { readonly clause: string; readonly id: string; readonly from: string; readonly to: string; readonly context: string }[];
  readonly localized: readonly { readonly clause: string; readonly rules: readonly string[] }[];
}

/** The substitutions of one document (see `DocRules`). */
export function documentRules(d: DocumentAnalysis): DocRules {
  const subsOut: DocRules['subs'][number][] = [];
  const localized: DocRules['localized'][number][] = [];
  for (const r of d.clauses) {
    // Verbatim pairs may hold a one- or two-word swap too (Lạng Sơn's "Mặt trận Tổ quốc tỉnh").
    if (r.class === 'added' || !r.diff || r.diff.capped) continue;
    const pairs = substitutionPairs(r.diff);
    const subs = pairs.filter((s) => words(s.from) <= SHORT && words(s.to) <= SHORT && !isReference(s));
    const ids: string[] = [];
    for (const s of subs) {
      const id = `${foldText(s.from)}→${foldText(s.to)}`;
      subsOut.push({ clause: r.clause.id, id, from: s.from, to: s.to, context: s.context });
      ids.push(id);
    }
    const all = pairs.filter((s) => !isReference(s));
    if (r.class === 'adapted' && ids.length && ids.length === all.length && unpairedWords(r.diff, pairs) <= LOOSE_WORDS) {
      localized.push({ clause: r.clause.id, rules: ids });
    }
  }
  return { subs: subsOut, localized };
}

/** The rules report from every document's substitutions, in run order; equals `mineRules` of the whole analysis. */
export function finishRules(docs: Iterable<{ readonly id: string; readonly rules: DocRules }>): RulesReport {
  const acc = ruleCounts();
  const candidates: { doc: string; clause: string; rules: readonly string[] }[] = [];
  for (const { id: doc, rules } of docs) {
    countRules(acc, doc, rules);
    for (const c of rules.localized) candidates.push({ doc, clause: c.clause, rules: c.rules });
  }
  const kept = keptRules(acc, involvesLevel);
  return { rules: [...sortedRules(acc, kept)], localized: candidates.filter((c) => c.rules.every((id) => kept.has(id))) };
}

/** Mines rules from every adapted pair of an analysis. */
export function mineRules(a: Analysis): RulesReport {
  return finishRules(a.documents.map((d) => ({ id: d.doc.id, rules: documentRules(d) })));
}
