/**
 * The words `scanWords` finds in a text, stored as columns: per word, the facts it shares with every
 * other place of the same word, its offset, and its line with two flags. One object per word made
 * 30 % of what the parser allocated (128 KB for a document of 6,500 characters, 1,360 words); the
 * columns hold a pointer and 8 bytes a word.
 */
import type { SyllableCheck } from './vn-syllable.ts';

/** How a word is capitalized; all-capital words of two letters or more are mostly abbreviations (UBND, HĐND, MTTQ, BCĐ). */
export type WordCase = 'lower' | 'capitalized' | 'caps' | 'mixed';

/** What a word is, wherever it stands: one object per distinct word. */
export interface WordFacts {
  readonly text: string;
  /** `text` in lower case. */
  readonly lower: string;
  readonly case: WordCase;
  readonly check: SyllableCheck;
  /** `case` is lower or capitalized: an ordinary word (read once per distinct word, not per place). */
  readonly ordinary: boolean;
}

const LINKED = 1, TRAIL = 2;

/** The letter-only words of a text, in order; word `i` is read through the methods. */
export class TextWords {
  length = 0;
  /** How many words are lower case or capitalized: the ordinary words (`WordCase`). */
  ordinary = 0;
  /**
   * Indices of the words that are no valid syllable, in order: all the damage detectors and
   * repairs look at, a few per clean document. They read this list instead of every word.
   */
  readonly unusual: number[] = [];
  /**
   * Made at the capacity and written by index: `push` onto a growing array was a builtin call per
   * word, not inlined in the scan (scanWords 1.63M → 1.44M instructions a document).
   */
  private facts: (WordFacts | undefined)[];
  /**
   * Two numbers a word: the offset of its letters, and its line shifted past the two flags. One
   * column for all: each typed array a document allocates cost some 20,000 instructions, and
   * each store its own loads and bounds check. A word's end is its start plus its text's length.
   */
  private cols: Int32Array;

  /** `capacity`: the expected number of words; the columns grow past it. */
  constructor(capacity: number) {
    const n = Math.max(16, capacity);
    this.cols = new Int32Array(2 * n);
    this.facts = new Array<WordFacts | undefined>(n);
  }

  /** Appends a word: its facts, the offset of its letters, its line, and the two flags below. */
  push(facts: WordFacts, start: number, line: number, linked: boolean, trail: boolean): void {
    const i = this.length++;
    if (2 * i === this.cols.length) this.grow();
    this.facts[i] = facts;
    if (facts.ordinary) this.ordinary++;
    if (facts.check !== 'valid') this.unusual.push(i);
    const cols = this.cols;
    cols[2 * i] = start;
    cols[2 * i + 1] = (line << 2) | (linked ? LINKED : 0) | (trail ? TRAIL : 0);
  }

  private grow(): void {
    const cols = new Int32Array(2 * this.cols.length);
    cols.set(this.cols);
    this.cols = cols;
    this.facts.length = cols.length / 2;
  }

  text(i: number): string { return this.facts[i]!.text; }
  lower(i: number): string { return this.facts[i]!.lower; }
  case(i: number): WordCase { return this.facts[i]!.case; }
  check(i: number): SyllableCheck { return this.facts[i]!.check; }
  /** Offsets of the letters (punctuation around them excluded) in the scanned text. */
  start(i: number): number { return this.cols[2 * i]!; }
  end(i: number): number { return this.cols[2 * i]! + this.facts[i]!.text.length; }
  /** 0-based line number. */
  line(i: number): number { return this.cols[2 * i + 1]! >> 2; }
  /**
   * True when word `i` may join the previous one as letter-spaced pieces: only spaces between
   * them (no line break, no other chunk) and no punctuation on the facing sides. False past the end.
   */
  linked(i: number): boolean { return i < this.length && (this.cols[2 * i + 1]! & LINKED) !== 0; }
  /** Punctuation glued after the letters ("inh," in "M inh,"). */
  trail(i: number): boolean { return (this.cols[2 * i + 1]! & TRAIL) !== 0; }
  /** Whether word `i` is a Vietnamese syllable with its tone marks in place. */
  valid(i: number): boolean { return this.facts[i]!.check === 'valid'; }
}
