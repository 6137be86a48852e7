// The linear-time scans of src/core/line-scan.ts match exactly what the regexes they replace matched
// (kept here as the reference), on random strings over the characters those regexes look at; and a
// long line is parsed. Timings of lines of 1–20 million characters: `npm run bench:robust`.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isAllBold, isAllCapitals, isBoldLine, restOfLine, stripFormattingTags } from '../src/core/line-scan.ts';
import { parseDocuments } from '../src/core/parse-document.ts';
import { readDash, readMarker } from '../src/core/vn-text.ts';
import { corpusText } from './support/corpus.ts';

const OLD = {
  isBoldLine: (t: string) => /^\*{2,3}[^*].*[^*]\*{2,3}$/u.test(t) || /^\*{2,3}[^*]\*{2,3}$/u.test(t),
  isAllBold: (j: string) => /^(#{1,6}\s*)?\*{2,3}[\s\S]*\*{2,3}$/u.test(j) && !/\*{2,3}\s*[^*\s][^*]*\s\*{2,3}[^*]+\*{2,3}/u.test(j.slice(3)),
  stripFormattingTags: (s: string) => s.replace(/<\/?(b|i|u|em|strong|span|font|sub|sup|br|p|div|a|small|big|mark|s|strike)(\s[^>]*)?\/?>/giu, ''),
  isAllCapitals: (w: string) => /^\p{Lu}+$/u.test(w),
  readMarker(text: string) {
    const roman = /^([IVX]{1,4})\s*[.\-–)]\s*(.*)$/u.exec(text);
    if (roman && /^\p{Lu}/u.test(roman[2] ?? '')) return { label: roman[1]!, roman: true, rest: roman[2]! };
    const num = /^(\d{1,2}(?:\.\d{1,2}){0,3})\s*[.\-–)]\s*(?=\S)(.*)$/u.exec(text);
    if (num && !/^\d/u.test(num[2]!) && !/^[\p{Lu}Đ]{1,6}(?:-[\p{Lu}]{1,6})?\//u.test(num[2]!)) return { label: num[1]!, roman: false, rest: num[2]! };
    return null;
  },
  readDash: (text: string) => /^(?:[-–—+•]\s*|[a-zđ]\)\s+)(?=\p{L}|\d|\()(.*)$/u.exec(text)?.[1] ?? null,
};

/** Strings over an alphabet: the characters each regex looks at, and some it does not. */
const over = (chars: readonly string[], maxLength = 24) => fc.array(fc.constantFrom(...chars), { maxLength }).map((a) => a.join(''));
const STARS = ['*', '**', '***', '#', ' ', ' ', '\t', 'a', 'Ạ', '\u2028', '\n', '😀', '\ud800'];
/** Mostly lines wrapped in stars (the case the bold tests decide), some with a heading mark first. */
const BOLDISH = fc.tuple(fc.constantFrom('', '*', '**', '**', '***', '****', '#', '## **', '####### **'), over(STARS, 16), fc.constantFrom('', '*', '**', '**', '***', '****'))
  .map(([head, body, tail]) => head + body + tail);
const TAGS = ['<', '>', '/', ' ', 'b', 'r', 'i', 's', 't', 'k', 'e', 'p', 'a', 'n', 'ſ', 'S', 'x', '\u2028'];
const MARKERS = ['1', '2', '.', '-', '–', ')', ' ', 'I', 'V', 'X', 'A', 'a', 'đ', 'Đ', '/', '(', '\u2028', '•', '+'];
const RUNS = { numRuns: 3000 };

describe('line-scan: the same answers as the regexes it replaces', () => {
  it('isBoldLine and isAllBold', () => {
    fc.assert(fc.property(BOLDISH, (s) => isBoldLine(s) === OLD.isBoldLine(s) && isAllBold(s) === OLD.isAllBold(s)), RUNS);
    for (const s of ['**TỈNH ỦY LẠNG SƠN**', '***a***', '**a**', '** a **b**', '# **Kết luận** của **Ban Bí thư**', '****', '**\u2028x**']) {
      expect([isBoldLine(s), isAllBold(s)], s).toEqual([OLD.isBoldLine(s), OLD.isAllBold(s)]);
    }
  });

  it('stripFormattingTags', () => {
    fc.assert(fc.property(over(TAGS, 40), (s) => stripFormattingTags(s) === OLD.stripFormattingTags(s)), RUNS);
    const s = 'a<strong>b</strong> <font face="x">c</font><br/><strike x>d</strike><script>e</script><i <i>';
    expect(stripFormattingTags(s)).toBe(OLD.stripFormattingTags(s));
  });

  it('isAllCapitals, readMarker, readDash (restOfLine for a final "(.*)$")', () => {
    fc.assert(fc.property(over(MARKERS), (s) => isAllCapitals(s) === OLD.isAllCapitals(s)
      && JSON.stringify(readMarker(s)) === JSON.stringify(OLD.readMarker(s)) && readDash(s) === OLD.readDash(s)), RUNS);
    expect(restOfLine('1. Abc', 3)).toBe('Abc');
    expect(restOfLine('1. A\u2028bc', 3)).toBeNull();
  });
});

describe('a document whose body is one long line', () => {
  it('parses a 2-million-character line (the seed, its line breaks removed) like the rest of the file', () => {
    const seed = corpusText('lang-son-1154-cv-tu.txt');
    const line = seed.replace(/\s+/gu, ' ');
    const [doc] = parseDocuments('mot-dong.txt', `${seed}\n\n${line.repeat(Math.ceil(2_000_000 / line.length))}\n`);
    expect(doc?.meta).toMatchObject({ number: '1154-CV/TU', issuer: 'Tỉnh ủy Lạng Sơn' });
    expect(doc!.text.length).toBeGreaterThan(2_000_000);
    // A line of "<i " without ">" (quadratic before: 13 s for 100,000 characters) keeps its text.
    const [tags] = parseDocuments('the.txt', `${seed}\n\n${'<i thực hiện '.repeat(20_000)}\n`);
    expect(tags!.text).toContain('<i thực hiện <i thực hiện');
  });
});
