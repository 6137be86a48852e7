/**
 * The citations' consistency check across every text of a run (the citation report's flags): the
 * kind word against the number's code, and one cited document given different dates or issuers.
 */
import type { Citation } from './citations.ts';
import { codeFits, codesOfKind, isLocalKey, numberParts, sameIssuer, squash, issuerFold } from './citation-patterns.ts';

/** What the consistency check reads of a citation: all but where it stands in its text. */
export type CitationFacts = Omit<Citation, 'start' | 'end'>;

/** A consistency problem between citations of one key. */
export interface CitationFlag {
  readonly kind: 'kind-mismatch' | 'date-conflict' | 'issuer-conflict';
  readonly key: string;
  /** Vietnamese message naming the documents (by id) and, for kind-mismatch, the likely correct number. */
  readonly message: string;
  readonly citations: readonly CitationFacts[];
  /** Document id of each entry of `citations` (same order). */
  readonly docIds: readonly string[];
  /** kind-mismatch only: the key the other citations use for the same serial, suffix and date. */
  readonly suggestedKey: string | null;
}

interface Entry { readonly id: string; readonly c: CitationFacts }
const vnDate = (iso: string): string => iso.split('-').reverse().join('/');
const ids = (es: readonly Entry[]): string => [...new Set(es.map((e) => e.id))].join(', ');

/** Codes the kind word requires when the number's code contradicts it ("Quyết định số 99-NQ/TW"), else null. */
function mismatch(c: CitationFacts): readonly string[] | null {
  const codes = codesOfKind(c.kind);
  const code = c.number === null ? null : numberParts(c.number)?.code ?? null;
  return codes && code !== null && !codeFits(code, codes) ? codes : null;
}

/**
 * Consistency flags over all documents (self-references ignored):
 * - kind-mismatch: the kind word implies another code than the number's (the TTXVN letter's
 *   "Quyết định số 99-NQ/TW"); suggests the key other citations use with the same serial,
 *   suffix and (when both are given) date.
 * - date-conflict / issuer-conflict: one key cited with different dates / issuers, within or across
 *   documents; issuers where one is a word-prefix of the other ("Ban Bí thư" and "Ban Bí thư Trung
 *   ương Đảng") are the same. Local numbers ("05-HD/TU") are only compared within one document.
 */
export function citationFlags(docs: readonly { readonly id: string; readonly citations: readonly CitationFacts[] }[]): CitationFlag[] {
  const all: Entry[] = docs.flatMap((d) => d.citations.filter((c) => !c.self).map((c) => ({ id: d.id, c })));
  const group = (es: readonly Entry[], by: (e: Entry) => string): Map<string, Entry[]> => {
    const m = new Map<string, Entry[]>();
    for (const e of es) {
      const list = m.get(by(e));
      if (list) list.push(e);
      else m.set(by(e), [e]);
    }
    return m;
  };
  const flag = (kind: CitationFlag['kind'], es: readonly Entry[], message: string, suggestedKey: string | null = null): CitationFlag =>
    ({ kind, key: es[0]!.c.key, message, citations: es.map((e) => e.c), docIds: es.map((e) => e.id), suggestedKey });
  const flags: CitationFlag[] = [];
  for (const es of group(all.filter((e) => mismatch(e.c)), (e) => `${e.id}\u0000${e.c.key}`).values()) {
    const { id, c } = es[0]!;
    const codes = mismatch(c)!;
    const parts = numberParts(c.number!)!;
    const date = es.find((e) => e.c.date)?.c.date ?? null;
    const like = all.filter((e) => {
      const p = e.c.number === null ? null : numberParts(e.c.number);
      return e.c.key !== c.key && p?.code != null && p.serial === parts.serial && p.suffix === parts.suffix && codeFits(p.code, codes)
        && (!isLocalKey(c.key) || e.id === id) && (date === null || e.c.date === null || e.c.date === date);
    });
    const best = [...group(like, (e) => e.c.key).values()].sort((a, b) => b.length - a.length)[0];
    const hint = best ? `; nơi khác (${ids(best)}) ghi ${best[0]!.c.key}${date ? ` cùng ngày ${vnDate(date)}` : ''}` : '';
    flags.push(flag('kind-mismatch', es, `${id}: “${squash(c.text)}” — “${c.kind}” phải mang ký hiệu ${codes.join('/')} nhưng số hiệu ghi ${parts.code}${hint}.`,
      best ? best[0]!.c.key : null));
  }
  const scoped = group(all, (e) => (isLocalKey(e.c.key) ? `${e.id}\u0000${e.c.key}` : e.c.key));
  for (const es of scoped.values()) {
    const dated = es.filter((e) => e.c.date !== null);
    const dates = group(dated, (e) => e.c.date!);
    if (dates.size > 1) {
      const list = [...dates].map(([d, de]) => `${vnDate(d)} (${ids(de)})`).join(', ');
      flags.push(flag('date-conflict', dated, `${es[0]!.c.key} được dẫn với ngày khác nhau: ${list}.`));
    }
    const named = es.filter((e) => e.c.issuer !== null);
    const issuers = group(named, (e) => issuerFold(e.c.issuer!));
    const heads = [...issuers.values()].map((ie) => ie[0]!.c.issuer!);
    if (heads.some((a) => heads.some((b) => !sameIssuer(a, b)))) {
      const list = [...issuers.values()].map((ie) => `${ie[0]!.c.issuer} (${ids(ie)})`).join(', ');
      flags.push(flag('issuer-conflict', named, `${es[0]!.c.key} được dẫn với cơ quan ban hành khác nhau: ${list}.`));
    }
  }
  return flags;
}
