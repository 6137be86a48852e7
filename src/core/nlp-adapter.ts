/**
 * The only file that imports `natural`. Leaf modules only: the package root pulls in database
 * clients and `fs` and crashes in the browser. `natural` is CommonJS; these default imports are
 * the `module.exports` of each leaf, which both Vite and tsx interoperate with.
 */
import AggressiveTokenizerVi from 'natural/lib/natural/tokenizers/aggressive_tokenizer_vi';
import { ngrams } from 'natural/lib/natural/ngrams/ngrams';

const tokenizer = new AggressiveTokenizerVi();

/**
 * Vietnamese words of an NFC string, in order, as written (case kept).
 * `WordTokenizer` would cut "Đảng" into "Đ" "ng"; `AggressiveTokenizerVi` knows the Vietnamese letters.
 */
export function vietnameseWords(text: string): string[] {
  return tokenizer.tokenize(text);
}

/**
 * Inverse document frequency, natural's formula (`TfIdf.idf`): `1 + ln(N / (1 + df))`. The document
 * frequencies are counted by the caller in one pass: `TfIdf.idf` scans every document for every
 * term (terms × documents), which dominated the analysis of a 1,000-document batch.
 * test/nlp-idf.test.ts checks the two agree.
 */
export function idfOf(documents: number, df: number): number {
  return documents ? 1 + Math.log(documents / (1 + df)) : 1;
}

/** Word n-grams of a token array. */
export function wordNgrams(words: readonly string[], n: number): string[][] {
  return words.length >= n ? ngrams([...words], n) : [];
}
