/**
 * What `analyze --reviews` says on stderr, one line per problem, in Vietnamese (default) or
 * English (`--lang en`): one message per code of a refused reviews file, one line per decision
 * that matches nothing.
 */
import type { ReviewsProblem, ReviewsErrorCode } from '../core/reviews-file.ts';
import type { UnmatchedDecision } from '../core/review-types.ts';
import { UNMATCHED_WORDS } from '../export/inspection-words.ts';
import type { Lang } from '../export/labels.ts';

type Vars = Readonly<Record<string, string>>;

const FILE_MESSAGES: Readonly<Record<Lang, Readonly<Record<ReviewsErrorCode, (v: Vars) => string>>>> = {
  vi: {
    REVIEWS_UNREADABLE: (v) => `không đọc được tệp quyết định ${v['file']}: ${v['detail']}`,
    REVIEWS_TOO_LARGE: (v) => `tệp quyết định ${v['file']} quá lớn (${mb(v['bytes'])}; tối đa ${mb(v['limit'])})`,
    REVIEWS_NOT_JSON: (v) => `tệp quyết định ${v['file']} không phải JSON (${v['detail']})`,
    REVIEWS_WRONG_SCHEMA: (v) => `tệp ${v['file']} không phải tệp quyết định doichieu.reviews/1${v['schema'] ? ` (schema: “${v['schema']}”)` : ''}`,
    REVIEWS_NO_DECISIONS: (v) => `tệp quyết định ${v['file']} thiếu danh sách "decisions"`,
    REVIEWS_BAD_DECISION: (v) => `tệp quyết định ${v['file']}: quyết định ${v['index']} có trường "${v['field']}" thiếu hoặc sai`,
    REVIEWS_BAD_CONCLUSION: (v) => `tệp quyết định ${v['file']}: kết luận ${v['index']} có trường "${v['field']}" sai`,
  },
  en: {
    REVIEWS_UNREADABLE: (v) => `cannot read the reviews file ${v['file']}: ${v['detail']}`,
    REVIEWS_TOO_LARGE: (v) => `the reviews file ${v['file']} is too large (${mb(v['bytes'])}; at most ${mb(v['limit'])})`,
    REVIEWS_NOT_JSON: (v) => `the reviews file ${v['file']} is not JSON (${v['detail']})`,
    REVIEWS_WRONG_SCHEMA: (v) => `${v['file']} is not a doichieu.reviews/1 file${v['schema'] ? ` (schema: "${v['schema']}")` : ''}`,
    REVIEWS_NO_DECISIONS: (v) => `the reviews file ${v['file']} has no "decisions" list`,
    REVIEWS_BAD_DECISION: (v) => `the reviews file ${v['file']}: decision ${v['index']} has a missing or wrong "${v['field']}"`,
    REVIEWS_BAD_CONCLUSION: (v) => `the reviews file ${v['file']}: conclusion ${v['index']} has a wrong "${v['field']}"`,
  },
};

const mb = (bytes: string | undefined) => `${(Number(bytes ?? 0) / 1024 / 1024).toFixed(1)} MB`;

/** The one line for a refused reviews file. */
export function reviewsProblemMessage(p: ReviewsProblem, file: string, lang: Lang): string {
  return FILE_MESSAGES[lang][p.code]({ ...p.values, file });
}

/** Longest excerpt of a decision's text quoted on stderr. */
const QUOTE = 80;

/** The one line naming a decision that matches nothing. */
export function unmatchedMessage(u: UnmatchedDecision, lang: Lang): string {
  const one = u.value.replace(/\s+/gu, ' ');
  const value = one.length > QUOTE ? `${one.slice(0, QUOTE)}…` : one;
  const reason = UNMATCHED_WORDS[lang][u.reason] ?? u.reason;
  return lang === 'vi'
    ? `quyết định ${u.index + 1} (${u.decision.document}, ${u.decision.reviewer}) không còn khớp: ${reason}: “${value}”`
    : `decision ${u.index + 1} (${u.decision.document}, ${u.decision.reviewer}) matches nothing: ${reason}: “${value}”`;
}
