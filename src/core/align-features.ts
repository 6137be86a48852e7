/**
 * The words alignment compares, after two rewritings every family shows. An implementing
 * document writes official names short ("UBND tỉnh" for "Ủy ban nhân dân tỉnh", Nghệ An 1026)
 * and at its own level ("Ban Bí thư" → "Ban Thường vụ Tỉnh ủy" in the Lạng Sơn and Quảng Ngãi
 * letters; "Bộ Công an" → "Công an tỉnh", "Thủ tướng Chính phủ" → "Chủ tịch UBND tỉnh",
 * "Chỉ thị này" → "Kế hoạch này" in Nghệ An 1026; "trung ương" → "tỉnh" in the Quảng Ninh guide
 * to NQLT 102). Both sides are rewritten into the same forms, so a localized clause shares its
 * wording with its source. Only the features change: the word diff still shows every word.
 */
import type { Clause } from './types.ts';
import { normWord } from './normalize.ts';
import { titleRuns } from './align-title.ts';
import { extractCitations } from './citations.ts';
import { sameNumber } from './parse-meta.ts';
import { boundedMemo } from './bounded-memo.ts';
import { WordSieve } from './word-sieve.ts';

/** Abbreviations of official names (Nghị định 30/2020 allows them after a first full mention), applied first. */
const SHORT: readonly (readonly [string, string])[] = [
  ['ủy ban nhân dân', 'ubnd'], ['uỷ ban nhân dân', 'ubnd'], ['hội đồng nhân dân', 'hđnd'],
  ['mặt trận tổ quốc việt nam', 'mttq'], ['mặt trận tổ quốc', 'mttq'], ['mttqvn', 'mttq'],
  ['ban chấp hành', 'bch'], ['ban thường vụ', 'btv'], ['ban chỉ đạo', 'bcđ'], ['quy phạm pháp luật', 'qppl'],
  ['đơn vị hành chính', 'đvhc'], ['đại biểu quốc hội', 'đbqh'], ['trung ương', 'tw'],
];

/** Then roles and self-references (over the shortened words). Longest match wins. */
const RULES: readonly (readonly [string, string])[] = [
  // A document naming itself: "Chỉ thị này" (the central text) is "Kế hoạch này" in the plan carrying it out.
  ...['chỉ thị', 'kết luận', 'kế hoạch', 'công văn', 'hướng dẫn', 'nghị quyết', 'quyết định', 'chương trình', 'quy định', 'thông báo', 'văn bản', 'thông tư']
    .map((k) => [`${k} này`, '@self'] as const),
  // The same role one level down.
  ['thủ tướng chính phủ', '@govhead'], ['thủ tướng', '@govhead'],
  ...['tỉnh', 'thành phố', 'huyện', 'quận', 'xã', 'phường'].flatMap((l) => [[`chủ tịch ubnd ${l}`, '@govhead'], [`ubnd ${l}`, '@gov'], [`công an ${l}`, '@police'], [`bộ chỉ huy quân sự ${l}`, '@military']] as const),
  ['chính phủ', '@gov'], ['bộ công an', '@police'], ['bộ quốc phòng', '@military'],
  ['ban bí thư', '@standing'], ['bộ chính trị', '@standing'],
  ...['tỉnh ủy', 'tỉnh uỷ', 'thành ủy', 'thành uỷ', 'huyện ủy', 'huyện uỷ', 'quận ủy', 'quận uỷ', 'đảng ủy', 'đảng uỷ'].flatMap((c) => [[`btv ${c}`, '@standing'], [`bch ${c}`, '@committee']] as const),
  ['bch tw', '@committee'], ['bch tw đảng', '@committee'],
  ...['nội vụ', 'tài chính', 'tư pháp', 'khoa học và công nghệ', 'xây dựng', 'y tế', 'giáo dục và đào tạo', 'công thương', 'ngoại giao',
    'nông nghiệp và môi trường', 'tài nguyên và môi trường', 'kế hoạch và đầu tư', 'thông tin và truyền thông', 'văn hóa thể thao và du lịch',
    'lao động thương binh và xã hội', 'giao thông vận tải', 'dân tộc và tôn giáo']
    .flatMap((m) => [[`bộ ${m}`, `@${m.replace(/\s+/gu, '_')}`], [`sở ${m}`, `@${m.replace(/\s+/gu, '_')}`]] as const),
  ['bộ trưởng', '@minister'], ['giám đốc sở', '@minister'],
];

interface Node { readonly next: Map<string, Node>; to: string | null }

/** A phrase trie; `starts` lets most words, which start no phrase, pass without a lookup. */
interface Trie { readonly root: Node; readonly starts: WordSieve }

function trie(rules: readonly (readonly [string, string])[]): Trie {
  const root: Node = { next: new Map(), to: null };
  for (const [phrase, to] of rules) {
    let n = root;
    for (const w of phrase.split(' ').map(normWord)) {
      let m = n.next.get(w);
      if (!m) n.next.set(w, (m = { next: new Map(), to: null }));
      n = m;
    }
    n.to = to;
  }
  return { root, starts: new WordSieve(root.next.keys()) };
}

const SHORT_TRIE = trie(SHORT), RULES_TRIE = trie(RULES);

/**
 * `words` with the trie's phrases replaced, longest match first; `words` itself when no phrase
 * occurs (most clauses hold none: a copy per pass was two throwaway arrays per clause).
 */
function rewrite<W extends readonly string[]>(words: W, { root, starts }: Trie): W | string[] {
  let out: string[] | null = null;
  for (let i = 0; i < words.length;) {
    let n: Node | undefined = starts.mayHold(words[i]!) ? root : undefined, k = i, best = -1, to = '';
    while (n && k < words.length) {
      n = n.next.get(words[k]!);
      k++;
      if (n?.to) { best = k; to = n.to; }
    }
    if (best > 0) { (out ??= words.slice(0, i)).push(to); i = best; } else { out?.push(words[i]!); i++; }
  }
  return out ?? words;
}

/** Normalized words → feature words: known phrases replaced by their compared form; always a new array. */
export function featureWords(words: readonly string[]): string[] {
  return rewrite(rewrite([...words], SHORT_TRIE), RULES_TRIE);
}

/**
 * The words of a clause as alignment compares them: the central text's restated title masked
 * (align-title.ts), a citation of the central text itself masked ("Thực hiện Kết luận số 192-KL/TW,
 * ngày 19/9/2025 và Kết luận số 221-KL/TW, ngày 28/11/2025 của Bộ Chính trị, Ban Bí thư, …" opens
 * CV 174: the central text never cites itself, so those words can only dilute), then rewritten.
 */
export function comparedWords(c: Clause, titleWords: readonly string[], centralNumber: string | null): string[] {
  const spans = centralNumber && mayCite(c.text, centralNumber) ? citedSpans(c, centralNumber) : null;
  // One pass and one array for the clause's words: filter, map and the title mask's copy built three.
  const words: string[] = [];
  for (const t of c.tokens) if (t.word && !spans?.some(([s, e]) => t.start >= s && t.end <= e)) words.push(t.norm);
  const drop = titleRuns(words, titleWords);
  // `words` is this call's own array: no copy when no phrase is rewritten.
  return rewrite(rewrite(drop ? words.filter((_w, i) => !drop[i]) : words, SHORT_TRIE), RULES_TRIE);
}

/** Where `c` cites the central number, in the document's offsets. */
function citedSpans(c: Clause, centralNumber: string): (readonly [number, number])[] {
  return extractCitations(c.text).filter((x) => x.number && sameNumber(x.number, centralNumber)).map((x) => [c.start + x.start, c.start + x.end] as const);
}

/** The serial of a document number, the digits before the first "-" or "/" ("54" of "54-KL/TW"), or null. */
const serialOf = boundedMemo(64, (n: string) => /^(\d+)[-/]/u.exec(n.normalize('NFC').replace(/\s+/gu, '').replace(/[–‑]/gu, '-'))?.[1] ?? null);

/**
 * `false` when the text cannot cite the central number: `sameNumber` wants the same serial, and a
 * citation's digits are printed (without a serial, any digit may start one). Reading every
 * clause's citations cost half of this stage; most clauses do not print the serial at all.
 */
function mayCite(text: string, centralNumber: string): boolean {
  const serial = serialOf(centralNumber);
  return serial === null ? /\d/u.test(text) : text.includes(serial);
}
