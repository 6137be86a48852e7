/**
 * Why a local clause has its class, and how a metadata field not printed in the header was found,
 * as data: a code and its values. The interface and the command line word them in the reader's
 * language (src/messages); the English `reason` line and `notes` stay beside them in the report.
 * Values are numbers, clause ids and document text, never sentences.
 */
import type { LocalClass, WordDiff } from './types.ts';
import { substitutionPairs } from './substitutions.ts';
import { mapped } from './packed.ts';

/** A central wording replaced by a local one, each with the name it qualifies ("Ban Bí thư" → "Ban Thường vụ Tỉnh ủy"). */
export interface Swap {
  readonly from: string;
  readonly to: string;
}

/** Central clause ids a clause derives from, and the whole percentage of its words found there. */
interface Source {
  readonly central: readonly string[];
  readonly shared: number;
}

/** The values of each reason, by code. */
export interface ReasonValues {
  /** added: no central clause shares more than `share` % of its wording; `nearest` came closest. */
  readonly 'no-source': { readonly share: number; readonly nearest: string | null };
  /** verbatim: the same words. */
  readonly identical: Source;
  /** verbatim: the same words, written differently (`cosmetic`: "hoá→hóa" pairs, the first four). */
  readonly cosmetic: Source & { readonly cosmetic: readonly string[] };
  /** verbatim: one stretch (`from`–`to`, word positions) of a central clause split across `carriers` local clauses (classify-splits.ts). */
  readonly 'split-verbatim': Source & { readonly from: number; readonly to: number; readonly carriers: number };
  /** adapted: the only substantive change weakens the central wording (`words`, the central side's evidence; effects.ts). */
  readonly weakens: Source & { readonly words: readonly string[] };
  /** verbatim: a word or two added (`inserted`) or dropped (`deleted`). */
  readonly 'near-verbatim': Source & { readonly cosmetic: readonly string[]; readonly inserted: readonly string[]; readonly deleted: readonly string[] };
  /** adapted: the central wording with substitutions (the first two), `inserted` and `deleted` words in all. */
  readonly substitutions: Source & { readonly swaps: readonly Swap[]; readonly inserted: number; readonly deleted: number };
  /** adapted: more words added than dropped, no substitution. */
  readonly 'adds-words': Source & { readonly inserted: number; readonly deleted: number };
  /** adapted: more words dropped than added, no substitution. */
  readonly 'drops-words': Source & { readonly inserted: number; readonly deleted: number };
  /** adapted: too different to diff word by word (the diff hit its edit cap). */
  readonly rewritten: Source;
}

export type ReasonCode = keyof ReasonValues;

/** Why a local clause has its class: a code and its values. */
export type Reason<C extends ReasonCode = ReasonCode> = { readonly [K in C]: { readonly code: K; readonly values: ReasonValues[K] } }[C];

/** The values of each metadata note, by code. */
export interface NoteValues {
  /** The issuer, from the first words of the lead-in (`words`), with the place line when `place`. */
  readonly 'issuer-from-lead-in': { readonly words: string; readonly place: boolean };
  /** The kind, from the document's words about itself ("Công văn này"). */
  readonly 'kind-from-self-reference': { readonly kind: string };
  /** The number (and the date when `date`), from the letter that forwards this copy. */
  readonly 'number-from-letter': { readonly letter: string; readonly date: boolean };
  /** A field the user corrected; `detected` is what the text gave (`null`: nothing). */
  readonly corrected: { readonly field: string; readonly detected: string | null };
  /** Number (and date, issuer when given) from the appendix note "(Kèm theo Công văn số 174/CV-BCĐ ngày …)". */
  readonly 'number-from-appendix': { readonly number: string; readonly date: boolean; readonly issuer: string | null };
  /** Number of a text quoted inside an article, from the reference the article makes. */
  readonly 'number-from-article': { readonly number: string };
  /** The number or the date is printed blank (a draft: "Số: /HD-MTTQ-BTT", "ngày   tháng 11 năm 2025"). */
  readonly 'blank-field': { readonly field: 'number' | 'date' };
  /** The central text is named by a restated title, not by its number. */
  readonly 'implements-by-title': Record<string, never>;
  /** Not cited, but the document carries `carried` of the `total` central task clauses. */
  readonly 'implements-uncited': { readonly carried: number; readonly total: number };
  /** Names the central text but carries only `carried` of its `total` task clauses. */
  readonly 'cites-only': { readonly carried: number; readonly total: number };
  /** Compared with another version of the central text (`number`): neither implements the other. */
  readonly 'compared-version': { readonly number: string };
  /** Compared with a sibling: both implement `number`; the central text is not this one's source. */
  readonly 'compared-sibling': { readonly number: string };
  /** Direction (`bidi`) and control (`control`) characters removed from the raw text. */
  readonly 'control-chars-removed': { readonly bidi: number; readonly control: number };
}

export type NoteCode = keyof NoteValues;

/** How a metadata field not printed in the header was found: a code and its values. */
export type Note<C extends NoteCode = NoteCode> = { readonly [K in C]: { readonly code: K; readonly values: NoteValues[K] } }[C];

const pct = (x: number) => Math.round(x * 100);

/** The reason of an added clause: the share of its wording the nearest central clause holds. */
export function whyAdded(share: number, nearest: string | null): Reason {
  return { code: 'no-source', values: { share: pct(share), nearest } };
}

/** The reason of an aligned clause (the same facts classify.ts writes as its `reason` line). */
export function whyAligned(cls: Exclude<LocalClass, 'added'>, diff: WordDiff, sharedWords: number, central: readonly string[]): Reason {
  const source = { central, shared: pct(sharedWords) };
  if (cls === 'verbatim') {
    const extra = diff.parts.filter((p) => p.kind === 'substantive');
    const cosmetic = diff.cosmetic.slice(0, 4);
    if (extra.length) {
      const words = (op: 'insert' | 'delete') => extra.filter((p) => p.op === op).map((p) => p.text);
      return { code: 'near-verbatim', values: { ...source, cosmetic, inserted: words('insert'), deleted: words('delete') } };
    }
    return cosmetic.length ? { code: 'cosmetic', values: { ...source, cosmetic } } : { code: 'identical', values: source };
  }
  if (diff.capped) return { code: 'rewritten', values: source };
  const counts = { inserted: diff.inserted, deleted: diff.deleted };
  const swaps = mapped(substitutionPairs(diff).slice(0, 2), (s) => {
    const ctx = s.context ? `${s.context} ` : '';
    return { from: `${ctx}${s.from}`, to: `${ctx}${s.to}` };
  });
  if (swaps.length) return { code: 'substitutions', values: { ...source, swaps, ...counts } };
  return { code: diff.inserted > diff.deleted ? 'adds-words' : 'drops-words', values: { ...source, ...counts } };
}

/**
 * The English line of a note, as the report's `notes` field has always carried it (the interface
 * and `analyze --lang` word the codes instead: src/messages).
 */
export function noteLine(n: Note): string {
  switch (n.code) {
    case 'issuer-from-lead-in': return `issuer: not printed in the header; read from "${n.values.words}" in the lead-in${n.values.place ? ' and the place line' : ''}`;
    case 'kind-from-self-reference': return `kind: read from the self-reference "${n.values.kind} này"`;
    case 'number-from-letter': return `number${n.values.date ? ' and date' : ''}: not printed in this copy; read from the forwarding letter ${n.values.letter}`;
    case 'corrected': return `${n.values.field}: corrected by the user (detected: ${n.values.detected ?? 'none'})`;
    case 'number-from-appendix': return `number${n.values.date ? ' and date' : ''}${n.values.issuer ? ' and issuer' : ''}: not printed in the header; read from the appendix note (${n.values.number})`;
    case 'number-from-article': return `number: the text is quoted in an article; read from the article's reference to ${n.values.number}`;
    case 'blank-field': return `${n.values.field}: left blank in the header (a draft)`;
    case 'implements-by-title': return 'implements: the central text is named by its title, not its number';
    case 'implements-uncited': return `implements: not cited; the document carries ${n.values.carried} of the ${n.values.total} central task clauses`;
    case 'cites-only': return `role: names the central text but carries ${n.values.carried} of its ${n.values.total} task clauses`;
    case 'compared-version': return `compared: another version of the central text ${n.values.number}`;
    case 'compared-sibling': return `compared: both implement ${n.values.number}; the central text is a sibling, not a source`;
    case 'control-chars-removed': return `CONTROL_CHARS_REMOVED bidi=${n.values.bidi} control=${n.values.control}`;
  }
}

/** Metadata with notes added: the codes, and their English lines beside them. */
export function withNotes<M extends { readonly notes: readonly string[]; readonly noteCodes: readonly Note[] }>(meta: M, add: readonly Note[]): M {
  return add.length ? { ...meta, notes: [...meta.notes, ...add.map(noteLine)], noteCodes: [...meta.noteCodes, ...add] } : meta;
}
