/**
 * Substitutions read from a word diff: which central wording a local clause replaced with which
 * local wording ("pháp luật có liên quan" → "quy chế, quy định"). Used for reasons and for mining
 * localization rules.
 */
import type { WordDiff } from './types.ts';
import { listOf } from './packed.ts';

interface Change { del: string[]; ins: string[]; gapAfter: number; before: string }

/** Groups of consecutive non-equal parts, with the equal text before and the equal words after each. */
function changeGroups(d: WordDiff): Change[] {
  const out: Change[] = [];
  let cur: Change = { del: [], ins: [], gapAfter: 0, before: '' };
  let lastEqual = '';
  for (const p of d.parts) {
    if (p.op === 'equal') {
      if (cur.del.length || cur.ins.length) { out.push(cur); cur = { del: [], ins: [], gapAfter: 0, before: '' }; }
      const prev = out[out.length - 1];
      if (prev && !cur.del.length && !cur.ins.length) prev.gapAfter += wordsIn(p.text);
      lastEqual = p.text;
      continue;
    }
    if (!cur.del.length && !cur.ins.length) cur.before = lastEqual;
    if (p.kind === 'substantive') (p.op === 'delete' ? cur.del : cur.ins).push(p.text);
  }
  if (cur.del.length || cur.ins.length) out.push(cur);
  return out.filter((g) => g.del.length || g.ins.length);
}

/** `/\s/u` on one code unit (every character `\s` matches is one). */
function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
    || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** `/[,.;:!?”)]/u`: what a space before is dropped before. */
const isCloser = (c: number) => c === 0x2c || c === 0x2e || c === 0x3b || c === 0x3a || c === 0x21 || c === 0x3f || c === 0x201d || c === 0x29;
/** `/[\s,.;:!?]/u`: what a phrase does not start or end with. */
const isEdge = (c: number) => isSpace(c) || c === 0x2c || c === 0x2e || c === 0x3b || c === 0x3a || c === 0x21 || c === 0x3f;

/** `text.split(/\s+/u).filter(Boolean).length`, without building the pieces. */
function wordsIn(text: string): number {
  let n = 0, inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/**
 * The words joined, no space before a closing mark, spaces collapsed, punctuation and spaces off
 * both ends: in one pass, what three regex replaces over the joined string did.
 */
function phrase(xs: readonly string[]): string {
  const s = xs.join(' '), n = s.length;
  let out = '', from = 0;
  for (let i = 0; i < n; i++) {
    if (!isSpace(s.charCodeAt(i))) continue;
    let j = i + 1;
    while (j < n && isSpace(s.charCodeAt(j))) j++;
    const dropped = j < n && isCloser(s.charCodeAt(j));
    // A lone space kept as it is needs no copy.
    if (!dropped && j === i + 1 && s.charCodeAt(i) === 0x20) { i = j - 1; continue; }
    out += s.slice(from, i) + (dropped ? '' : ' ');
    from = j;
    i = j - 1;
  }
  const t = from === 0 ? s : out + s.slice(from);
  let a = 0, b = t.length;
  while (a < b && isEdge(t.charCodeAt(a))) a++;
  while (b > a && isEdge(t.charCodeAt(b - 1))) b--;
  return a === 0 && b === t.length ? t : t.slice(a, b);
}

/** Removes the words both sides share at their edges ("hoàn thiện pháp luật" / "hoàn thiện quy chế"). */
function trimShared(a: string, b: string): [string, string] {
  const x = a.split(' '), y = b.split(' ');
  // Words x[i..xe) and y[i..ye) are left: indices instead of `shift`, which moved every word left.
  let i = 0, xe = x.length, ye = y.length;
  while (xe - i > 1 && ye - i > 1 && x[i]!.toLowerCase() === y[i]!.toLowerCase()) i++;
  while (xe - i > 1 && ye - i > 1 && x[xe - 1]!.toLowerCase() === y[ye - 1]!.toLowerCase()) { xe--; ye--; }
  return [i === 0 && xe === x.length ? a : x.slice(i, xe).join(' '), i === 0 && ye === y.length ? b : y.slice(i, ye).join(' ')];
}

/**
 * A local side much longer than the central one often ends in a purpose or scope clause of its own
 * ("quy chế, quy định | để thực hiện tốt"): cut it at the connector so the substitution stays a swap.
 */
function dropTail(local: string, central: string): string {
  // Words counted as `split(' ')` counts them (spaces + 1) without building the arrays.
  if (spaces(local) < spaces(central) + 3) return local;
  const m = /^(.+?)\s+(để|nhằm|nhất là|đối với|trong việc)\s/u.exec(local);
  return m ? m[1]!.replace(/[,;]$/u, '') : local;
}

function spaces(s: string): number {
  let n = 0;
  for (let i = s.indexOf(' '); i >= 0; i = s.indexOf(' ', i + 1)) n++;
  return n;
}

const SEPARATOR = /[\s,.;:!?"“”()]/u;

/**
 * The last `k` words of `text`, words being what whitespace and the punctuation of `SEPARATOR`
 * separate. `before` is the whole equal stretch before a change (often a sentence); splitting all of
 * it to read four words was a tenth of the substitutions' time.
 */
function lastWords(text: string, k: number): string[] {
  const out: string[] = [];
  let end = text.length;
  for (let i = text.length - 1; i >= -1 && out.length < k; i--) {
    if (i >= 0 && !SEPARATOR.test(text[i]!)) continue;
    if (end > i + 1) out.unshift(text.slice(i + 1, end));
    end = i;
  }
  return out;
}

/** The capitalized name words just before a change ("Mặt trận Tổ quốc" before "Việt Nam" → "tỉnh"). */
function nameContext(before: string): string {
  const words = lastWords(before, 4);
  const ctx: string[] = [];
  for (let i = words.length - 1; i >= 0 && ctx.length < 4; i--) {
    const w = words[i]!;
    // Name words are capitalized, except the inner syllables of a few bodies' names ("Ban Dân vận").
    if (/^\p{Lu}/u.test(w) || /^(trận|quốc|vận|chấp|hành|thường|vụ|bí|thư|cán|sự)$/u.test(w)) ctx.unshift(w); else break;
  }
  while (ctx.length && !/^\p{Lu}/u.test(ctx[0]!)) ctx.shift();
  return ctx.join(' ');
}

/** A substitution: central wording `from` replaced by local wording `to`; `context` names what they qualify. */
export interface Substitution {
  readonly from: string;
  readonly to: string;
  readonly context: string;
}

/**
 * The substitutions of a diff. A deletion and an insertion pair when they share a change group,
 * or when a few equal words separate them (Lạng Sơn 2 moves "hoàn thiện" after "tiếp tục cụ thể
 * hóa"). Unpaired insertions and deletions are not substitutions.
 */
export function substitutionPairs(d: WordDiff): readonly Substitution[] {
  let pairs = memo.get(d);
  if (!pairs) memo.set(d, (pairs = pairsOf(d)));
  return pairs;
}

/** Pairs per diff: the classifier's reason, its reason code and the rules mining all read the same diff. */
const memo = new WeakMap<WordDiff, readonly Substitution[]>();

/**
 * Lets `to`, a copy of `from` (its parts moved elsewhere: substitutions read their texts only), read
 * the pairs already read from `from`, their strings passed through `copy` when given.
 */
export function shareSubstitutions(from: WordDiff, to: WordDiff, copy?: (s: string) => string): void {
  const pairs = memo.get(from);
  if (pairs) memo.set(to, copy ? pairs.map((s) => ({ from: copy(s.from), to: copy(s.to), context: copy(s.context) })) : pairs);
}

function pairsOf(d: WordDiff): Substitution[] {
  const groups = changeGroups(d);
  const out: Substitution[] = [];
  for (let i = 0; i < groups.length; i++) {
    const g = groups[i]!;
    let del = g.del, ins = g.ins;
    const next = groups[i + 1];
    if (next && g.gapAfter <= 6 && ((!ins.length && !next.del.length) || (!del.length && !next.ins.length))) {
      del = [...del, ...next.del];
      ins = [...ins, ...next.ins];
      i++;
    }
    if (!del.length || !ins.length) continue;
    const central = phrase(del);
    const [from, to] = trimShared(central, dropTail(phrase(ins), central));
    if (from && to) out.push({ from, to, context: nameContext(g.before) });
  }
  return out;
}

/** The main substitutions as readable "central → local" phrases ("pháp luật có liên quan → quy chế, quy định"). */
export function substitutions(d: WordDiff, max = 2): string[] {
  // A packed list (packed.ts): `map`'s is holey or not as the caller is optimized or not.
  return listOf(substitutionPairs(d).slice(0, max), (s) => `${s.context ? `${s.context} ` : ''}${s.from} → ${s.context ? `${s.context} ` : ''}${s.to}`);
}

/** Changes that are not substitutions: words only added or only dropped, counted. */
export function unpairedWords(d: WordDiff, pairs: readonly Substitution[] = substitutionPairs(d)): number {
  const paired = pairs.reduce((n, s) => n + s.from.split(' ').length + s.to.split(' ').length, 0);
  return Math.max(0, d.inserted + d.deleted - paired);
}
