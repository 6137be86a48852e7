// Leaf modules of `natural` used by src/core/nlp-adapter.ts. The package root drags in database
// clients and `fs`, so it is never imported; these declarations cover only what we call.
declare module 'natural/lib/natural/tokenizers/aggressive_tokenizer_vi' {
  export default class AggressiveTokenizerVi {
    tokenize(text: string): string[];
  }
}
declare module 'natural/lib/natural/tfidf/tfidf' {
  export default class TfIdf {
    addDocument(document: string[], key?: string): void;
    idf(term: string, force?: boolean): number;
  }
}
declare module 'natural/lib/natural/ngrams/ngrams' {
  export function ngrams(sequence: string[], n: number): string[][];
}
