/**
 * Reading a `doichieu.reviews/1` file (written by the app, by `analyze`'s users, or by hand). A
 * file that does not fit is refused whole with a typed code and where it goes wrong (decision n,
 * field f): applying half a file would leave an inspection record nobody decided.
 */
import { REVIEWS_SCHEMA, type ReviewConclusion, type ReviewDecision, type ReviewsFile } from './review-types.ts';
import type { LocalClass } from './types.ts';

/** The largest reviews file read (bytes): the size of a text file (`src/io/limits.ts`); a real one is a few KB. */
export const MAX_REVIEWS_BYTES = 20 * 1024 * 1024;

export type ReviewsErrorCode =
  | 'REVIEWS_UNREADABLE' // file: the file could not be read (missing, a folder, no permission)
  | 'REVIEWS_TOO_LARGE' // bytes, limit
  | 'REVIEWS_NOT_JSON' // detail: the parser's words
  | 'REVIEWS_WRONG_SCHEMA' // schema: what the file says ('' when absent)
  | 'REVIEWS_NO_DECISIONS' // "decisions" is not a list
  | 'REVIEWS_BAD_DECISION' // index (1-based), field
  | 'REVIEWS_BAD_CONCLUSION'; // index (1-based), field

/** Why a reviews file was refused: a code and the values its message is built from. */
export interface ReviewsProblem {
  readonly code: ReviewsErrorCode;
  readonly values: Readonly<Record<string, string>>;
}

export type ReviewsResult = { readonly ok: true; readonly reviews: ReviewsFile } | { readonly ok: false; readonly error: ReviewsProblem };

const CLASSES: readonly LocalClass[] = ['verbatim', 'adapted', 'added'];

/** Parses and checks the text of a reviews file; `bytes` (its size, when known) is checked first. */
export function parseReviews(text: string, bytes: number = text.length): ReviewsResult {
  if (bytes > MAX_REVIEWS_BYTES) return fail('REVIEWS_TOO_LARGE', { bytes: String(bytes), limit: String(MAX_REVIEWS_BYTES) });
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\ufeff/u, ''));
  } catch (e) {
    return fail('REVIEWS_NOT_JSON', { detail: e instanceof Error ? e.message : String(e) });
  }
  return validateReviews(value);
}

/** Checks a parsed value; the result holds only the known fields, `note` defaulting to ''. */
export function validateReviews(value: unknown): ReviewsResult {
  if (!isRecord(value) || value['schema'] !== REVIEWS_SCHEMA) {
    return fail('REVIEWS_WRONG_SCHEMA', { schema: isRecord(value) && typeof value['schema'] === 'string' ? value['schema'] : '' });
  }
  const list = value['decisions'];
  if (!Array.isArray(list)) return fail('REVIEWS_NO_DECISIONS', {});
  const decisions: ReviewDecision[] = [];
  for (const [i, d] of list.entries()) {
    const r = decision(d);
    if (typeof r === 'string') return fail('REVIEWS_BAD_DECISION', { index: String(i + 1), field: r });
    decisions.push(r);
  }
  const raw = value['conclusions'];
  if (raw !== undefined && !Array.isArray(raw)) return fail('REVIEWS_BAD_CONCLUSION', { index: '0', field: 'conclusions' });
  const conclusions: ReviewConclusion[] = [];
  for (const [i, c] of (raw ?? []).entries()) {
    const r = conclusion(c);
    if (typeof r === 'string') return fail('REVIEWS_BAD_CONCLUSION', { index: String(i + 1), field: r });
    conclusions.push(r);
  }
  return { ok: true, reviews: { schema: REVIEWS_SCHEMA, decisions, ...(raw !== undefined ? { conclusions } : {}) } };
}

/** The decision, or the name of the first field that is wrong. */
function decision(d: unknown): ReviewDecision | string {
  if (!isRecord(d)) return 'decision';
  const base = { document: d['document'], reviewer: d['reviewer'], at: d['at'], note: d['note'] ?? '' };
  if (!text(base.document)) return 'document';
  if (!text(base.reviewer)) return 'reviewer';
  if (!text(base.at) || Number.isNaN(Date.parse(base.at))) return 'at';
  if (typeof base.note !== 'string') return 'note';
  const source = d['source'];
  if (source !== undefined && !text(source)) return 'source';
  const who = { document: base.document, ...(source !== undefined ? { source } : {}), reviewer: base.reviewer, at: base.at, note: base.note };
  if ('centralClause' in d) {
    if (!text(d['centralClause'])) return 'centralClause';
    if (d['status'] !== 'carried' && d['status'] !== 'omitted') return 'status';
    if (d['by'] !== undefined && (d['status'] !== 'carried' || !text(d['by']))) return 'by';
    return { ...who, centralClause: d['centralClause'], status: d['status'], ...(d['by'] !== undefined ? { by: d['by'] as string } : {}) };
  }
  if (!text(d['clause'])) return 'clause';
  const cls = d['class'];
  if (typeof cls !== 'string' || !(CLASSES as readonly string[]).includes(cls)) return 'class';
  const central = d['central'];
  if (central !== undefined && (!Array.isArray(central) || !central.every(text) || (cls === 'added' && central.length > 0))) return 'central';
  const occ = d['occurrence'];
  if (occ !== undefined && !(Number.isInteger(occ) && (occ as number) >= 1)) return 'occurrence';
  return {
    ...who, clause: d['clause'], class: cls as LocalClass,
    ...(central !== undefined ? { central: central as string[] } : {}),
    ...(occ !== undefined ? { occurrence: occ as number } : {}),
  };
}

function conclusion(c: unknown): ReviewConclusion | string {
  if (!isRecord(c)) return 'conclusion';
  if (!text(c['document'])) return 'document';
  if (typeof c['text'] !== 'string') return 'text';
  const optional: { place?: string; signer?: string; signerTitle?: string; at?: string } = {};
  for (const k of ['place', 'signer', 'signerTitle', 'at'] as const) {
    const v = c[k];
    if (v === undefined) continue;
    if (typeof v !== 'string') return k;
    optional[k] = v;
  }
  return { document: c['document'], text: c['text'], ...optional };
}

/** The file the app exports: decisions in the order they were made, and the conclusions when any. */
export function reviewsFile(decisions: readonly ReviewDecision[], conclusions: readonly ReviewConclusion[] = []): ReviewsFile {
  return { schema: REVIEWS_SCHEMA, decisions, ...(conclusions.length ? { conclusions } : {}) };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
const fail = (code: ReviewsErrorCode, values: Record<string, string>): ReviewsResult => ({ ok: false, error: { code, values } });
