/**
 * The words `scanWords` finds in a text, stored as columns: per word, the facts it shares with every
 * other place of the same word, its offsets, its line and two flags. One object per word made 30 %
 * of what the parser allocated (128 KB for a document of 6,500 characters, 1,360 words); the
 * columns hold a pointer and 13 bytes a word.
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
  private starts: Int32Array;
  private ends: Int32Array;
  private lines: Int32Array;
  private flags: Uint8Array;

  /** `capacity`: the expected number of words; the columns grow past it. */
  constructor(capacity: number) {
    const n = Math.max(16, capacity);
    this.starts = new Int32Array(n);
    this.ends = new Int32Array(n);
    this.lines = new Int32Array(n);
    this.flags = new Uint8Array(n);
    this.facts = new Array<WordFacts | undefined>(n);
  }

  /** Appends a word: its facts, the offsets of its letters, its line, and the two flags below. */
  push(facts: WordFacts, start: number, end: number, line: number, linked: boolean, trail: boolean): void {
    const i = this.length++;
    if (i === this.starts.length) this.grow();
    this.facts[i] = facts;
    if (facts.case === 'lower' || facts.case === 'capitalized') this.ordinary++;
    if (facts.check !== 'valid') this.unusual.push(i);
    this.starts[i] = start;
    this.ends[i] = end;
    this.lines[i] = line;
    this.flags[i] = (linked ? LINKED : 0) | (trail ? TRAIL : 0);
  }

  private grow(): void {
    const n = this.starts.length * 2;
    const widen = <T extends Int32Array | Uint8Array>(a: T, b: T): T => { b.set(a); return b; };
    this.starts = widen(this.starts, new Int32Array(n));
    this.ends = widen(this.ends, new Int32Array(n));
    this.lines = widen(this.lines, new Int32Array(n));
    this.flags = widen(this.flags, new Uint8Array(n));
    this.facts.length = n;
  }

  text(i: number): string { return this.facts[i]!.text; }
  lower(i: number): string { return this.facts[i]!.lower; }
  case(i: number): WordCase { return this.facts[i]!.case; }
  check(i: number): SyllableCheck { return this.facts[i]!.check; }
  /** Offsets of the letters (punctuation around them excluded) in the scanned text. */
  start(i: number): number { return this.starts[i]!; }
  end(i: number): number { return this.ends[i]!; }
  /** 0-based line number. */
  line(i: number): number { return this.lines[i]!; }
  /**
   * True when word `i` may join the previous one as letter-spaced pieces: only spaces between
   * them (no line break, no other chunk) and no punctuation on the facing sides. False past the end.
   */
  linked(i: number): boolean { return i < this.length && (this.flags[i]! & LINKED) !== 0; }
  /** Punctuation glued after the letters ("inh," in "M inh,"). */
  trail(i: number): boolean { return (this.flags[i]! & TRAIL) !== 0; }
  /** Whether word `i` is a Vietnamese syllable with its tone marks in place. */
  valid(i: number): boolean { return this.facts[i]!.check === 'valid'; }
}
