/** Why a decisions file opened in the app was refused, in words (the command line says the same on stderr). */
import type { ReviewsProblem } from '../../../core/reviews-file.ts';
import type { Lang } from '../../../state/route/route.ts';
import { formatMegabytes } from '../../i18n/numbers.ts';

type V = Readonly<Record<string, string>>;
/** A byte count carried in the problem's values, as megabytes in the language's digits ("2,5 MB" / "2.5 MB"). */
const mb = (lang: Lang, b: string | undefined) => formatMegabytes(lang, Number(b ?? 0));

const WORDS: Readonly<Record<Lang, Readonly<Record<ReviewsProblem['code'], (v: V) => string>>>> = {
  vi: {
    REVIEWS_UNREADABLE: () => 'không đọc được tệp',
    REVIEWS_TOO_LARGE: (v) => `tệp quá lớn (${mb('vi', v['bytes'])}; tối đa ${mb('vi', v['limit'])})`,
    REVIEWS_NOT_JSON: () => 'tệp không phải JSON',
    REVIEWS_WRONG_SCHEMA: () => 'tệp không phải tệp quyết định doichieu.reviews/1',
    REVIEWS_NO_DECISIONS: () => 'tệp thiếu danh sách "decisions"',
    REVIEWS_BAD_DECISION: (v) => `quyết định ${v['index']} có trường "${v['field']}" thiếu hoặc sai`,
    REVIEWS_BAD_CONCLUSION: (v) => `kết luận ${v['index']} có trường "${v['field']}" sai`,
  },
  en: {
    REVIEWS_UNREADABLE: () => 'the file could not be read',
    REVIEWS_TOO_LARGE: (v) => `the file is too large (${mb('en', v['bytes'])}; at most ${mb('en', v['limit'])})`,
    REVIEWS_NOT_JSON: () => 'the file is not JSON',
    REVIEWS_WRONG_SCHEMA: () => 'the file is not a doichieu.reviews/1 decisions file',
    REVIEWS_NO_DECISIONS: () => 'the file has no "decisions" list',
    REVIEWS_BAD_DECISION: (v) => `decision ${v['index']} has a missing or wrong "${v['field']}"`,
    REVIEWS_BAD_CONCLUSION: (v) => `conclusion ${v['index']} has a wrong "${v['field']}"`,
  },
};

/** The problem in `lang`. */
export const reviewsProblemWords = (lang: Lang, p: ReviewsProblem): string => WORDS[lang][p.code](p.values);
