/**
 * A restated central title, masked out of the words alignment compares (align-features.ts).
 * Quảng Ngãi's lead-in "Ban Bí thư ban hành Kết luận số 54-KL/TW về tiếp tục thực hiện Quyết định
 * số 99-QĐ/TW… trong nội bộ" cites KL 54 by its title; the same title words (QĐ 99's own title)
 * open KL 54's assessment, so without the mask the lead-in would "carry" an assessment it never
 * mentions. A title restated is a citation, not content; the word diff still shows every word.
 */
import { WordSieve } from './word-sieve.ts';

/** A restated title is a run of words shared with the central title holding at least this many content words. */
const TITLE_RUN = 6;

/**
 * Words of a document reference ("Quyết định số 99-QĐ/TW ngày 03/10/2017") do not count towards a
 * restated title: KL 54's task 5 cites "Quyết định số 99-QĐ/TW" exactly as its title does, and
 * that citation is the task's subject, not a restated title.
 */
const REFERENCE_WORDS = new Set(['số', 'ngày', 'qđ', 'kl', 'nq', 'ct', 'kh', 'hd', 'cv', 'tb', 'bc', 'qc', 'tw', 'tu', 'đu', 'hu', 'qu', 'ubnd', 'hđnd', 'bcs', 'vpqu', 'vptu']);
const isReferenceWord = (w: string) => /^\d+$/u.test(w) || REFERENCE_WORDS.has(w);

/** A title, read once: word → its positions, ascending; per position 1 for a content word, 0 for a reference word. */
interface TitleShape {
  readonly at: ReadonlyMap<string, readonly number[]>;
  readonly content: Uint8Array;
  /** The title's words, to skip the lookup of the words that are none of them. */
  readonly words: WordSieve;
}

const shapes = new WeakMap<readonly string[], TitleShape>();

/**
 * The shape of `title`, built once per title array (a document's titles are reused for every
 * clause). The content flags are read off the title, not off each clause: a run only continues
 * over equal words, and testing every matched word against a regex was a tenth of the features stage.
 */
function shapeOf(title: readonly string[]): TitleShape {
  let s = shapes.get(title);
  if (!s) {
    const at = new Map<string, number[]>(), content = new Uint8Array(title.length);
    title.forEach((w, k) => {
      const list = at.get(w);
      if (list) list.push(k); else at.set(w, [k]);
      content[k] = isReferenceWord(w) ? 0 : 1;
    });
    shapes.set(title, (s = { at, content, words: new WordSieve(at.keys()) }));
  }
  return s;
}

/** 1 for each word of `words` inside a restated `title`, or null when there is none. */
export function titleRuns(words: readonly string[], title: readonly string[]): Uint8Array | null {
  if (title.length < TITLE_RUN) return null;
  const { at, content, words: sieve } = shapeOf(title);
  let drop: Uint8Array | null = null;
  for (let i = 0; i < words.length; i++) {
    // Only title positions holding this word start a run: the others share nothing here.
    const starts = sieve.mayHold(words[i]!) ? at.get(words[i]!) : undefined;
    if (!starts) continue;
    for (const k of starts) {
      let n = 0, c = 0;
      while (i + n < words.length && k + n < title.length && words[i + n] === title[k + n]) c += content[k + n++]!;
      if (c >= TITLE_RUN) (drop ??= new Uint8Array(words.length)).fill(1, i, i + n);
    }
  }
  return drop;
}

/** Drops the words of a clause that restate the central document's title; always a new array. */
export function withoutTitle(words: readonly string[], title: readonly string[]): string[] {
  const drop = titleRuns(words, title);
  return drop ? words.filter((_w, i) => !drop[i]) : [...words];
}
