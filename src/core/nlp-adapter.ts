/**
 * The only file that imports `natural`. Leaf modules only: the package root pulls in database
 * clients and `fs` and crashes in the browser. `natural` is CommonJS; these default imports are
 * the `module.exports` of each leaf, which both Vite and tsx interoperate with.
 */
import AggressiveTokenizerVi from 'natural/lib/natural/tokenizers/aggressive_tokenizer_vi';
import TfIdf from 'natural/lib/natural/tfidf/tfidf';
import { ngrams } from 'natural/lib/natural/ngrams/ngrams';

const tokenizer = new AggressiveTokenizerVi();

/**
 * Vietnamese words of an NFC string, in order, as written (case kept).
 * `WordTokenizer` would cut "Đảng" into "Đ" "ng"; `AggressiveTokenizerVi` knows the Vietnamese letters.
 */
export function vietnameseWords(text: string): string[] {
  return tokenizer.tokenize(text);
}

/** Inverse document frequency over a set of token arrays: `1 + ln(N / (1 + df))`. */
export interface IdfTable {
  idf(term: string): number;
}

/** Builds an IDF table from token arrays (passed as arrays: `TfIdf.setTokenizer` is global state). */
export function buildIdf(documents: readonly (readonly string[])[]): IdfTable {
  const tfidf = new TfIdf();
  for (const doc of documents) tfidf.addDocument([...doc]);
  const cache = new Map<string, number>();
  return {
    idf(term) {
      let v = cache.get(term);
      if (v === undefined) {
        v = documents.length ? tfidf.idf(term) : 1;
        cache.set(term, v);
      }
      return v;
    },
  };
}

/** Word n-grams of a token array. */
export function wordNgrams(words: readonly string[], n: number): string[][] {
  return words.length >= n ? ngrams([...words], n) : [];
}
