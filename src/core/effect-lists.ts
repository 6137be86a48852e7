/**
 * Narrowed or widened: an enumeration that loses or gains members. KL 221 asks to fix the law in
 * "giáo dục, đào tạo, y tế"; the Government's steering committee (174/CV-BCĐ) lists "giáo dục, đào
 * tạo": one item fewer. Only whole items count: a dropped "các" or "tổ chức" inside a phrase
 * ("tinh gọn tổ chức bộ máy" → "tinh gọn bộ máy") is no member of a list. Dropping an alternative
 * of "… hoặc …" is a choice the central text leaves to the locality ("Văn phòng UBND tỉnh, thành
 * phố hoặc Công an tỉnh, thành phố" → "Công an tỉnh"): localized.
 */
import { CENTRAL_ONLY, FIELDS } from './admin-levels.ts';
import { pairBodies } from './effect-bodies.ts';
import { compile, foldedOf, foldPhrase, textOf } from './effect-match.ts';
import { findHits, matchers, type Hit } from './effect-hits.ts';
import { carriedElsewhere, changeGroups, explain, inSlots, type Pair, type Range, type Side } from './effect-pair.ts';
import type { Token } from './types.ts';
import type { EffectCode } from './effects.ts';

type Emit = (code: EffectCode, values: Record<string, string>, c: Range, l: Range) => void;

const SEP = new Set([',', 'và', 'hoặc']);
/** Words that cannot make an item on their own. */
const STOP = new Set(['các', 'những', 'mọi', 'của', 'và', 'với', 'về', 'để', 'được', 'cho', 'trong', 'tại', 'theo', 'đã', 'sẽ', 'cũng', 'có', 'là', 'này', 'đó', 'cả', 'hoặc']);
/** Connectives that a list is not made of ("Đồng thời, …"). */
const DISCOURSE = new Set(['đồng thời', 'tuy nhiên', 'theo đó', 'bên cạnh đó', 'trong đó', 'ngoài ra', 'qua đó']);
/** Longest item, in words: a longer stretch is a clause, not a list member. */
const MAX_ITEM = 8;
/** Names whose "và" joins no two members: "các Sở: Nội vụ, Tài chính, Tư pháp, Khoa học và Công nghệ". */
const FIELD_NAMES = matchers([{ phrase: FIELDS, pattern: true }]);
const CENTRAL_ONLY_RE = CENTRAL_ONLY.map((c) => new RegExp(`^(?:${compile(c.phrase, true).source})$`, 'u'));

interface Items { readonly items: readonly string[]; readonly folded: readonly string[]; readonly option: boolean; readonly range: Range }

/** The whole items of tokens [s, e) when they sit in a list as members; null otherwise. */
function itemsOf(tokens: readonly Token[], r: [number, number], bodies: readonly Hit[], names: readonly Hit[]): Items | null {
  const [s, e] = r;
  // Part of a name is no item: "Mặt trận Tổ quốc Việt Nam" → "Mặt trận Tổ quốc" drops no member.
  if (bodies.some((b) => b.start < e && b.end > s && (b.start < s || b.end > e))) return null;
  const inside = (hits: readonly Hit[], i: number) => hits.some((b) => b.start < i && i < b.end - 1);
  const inBody = (i: number) => inside(bodies, i) || inside(names, i);
  const sep = (i: number) => i >= 0 && i < tokens.length && SEP.has(tokens[i]!.norm) && !inBody(i);
  const prev = tokens[s - 1], next = tokens[e];
  const end = (t: Token | undefined) => !t || /^[.;:)"]$/u.test(t.norm);
  const tail = sep(s) && prev?.word === true && (end(next) || sep(e));
  const head = sep(e - 1) && next?.word === true;
  if (!tail && !head) return null;
  const items: string[] = [], folded: string[] = [];
  let from = s;
  for (let i = s; i <= e; i++) {
    if (i < e && !sep(i)) continue;
    const words = tokens.slice(from, i).filter((t) => t.word);
    if (words.length) {
      const f = foldedOf(tokens, from, i);
      // A body's name is one member however long ("Văn phòng Ủy ban nhân dân tỉnh, thành phố").
      const named = bodies.some((b) => b.start <= from && b.end >= i);
      if ((words.length > MAX_ITEM && !named) || DISCOURSE.has(f) || words.every((t) => STOP.has(t.norm))) return null;
      let a = from, z = i;
      while (!tokens[a]!.word) a++;
      while (!tokens[z - 1]!.word) z--;
      items.push(textOf(tokens, a, z));
      folded.push(foldedOf(tokens, a, z));
    }
    from = i + 1;
  }
  const option = [s - 1, e, ...Array.from({ length: e - s }, (_, k) => s + k)].some((i) => sep(i) && tokens[i]!.norm === 'hoặc');
  return items.length ? { items, folded, option, range: [s, e] } : null;
}

/** `true` when tokens `r` of one side hold a word. */
function hasWord(p: Pair, side: Side, r: Range): boolean {
  if (!r) return false;
  const toks = side === 'c' ? p.central : p.local;
  for (let i = r[0]; i < r[1]; i++) if (toks[i]!.word) return true;
  return false;
}

/** `true` when an effect already explains one of tokens `r` of one side. */
function explainedIn(p: Pair, side: Side, r: Range): boolean {
  if (!r) return false;
  for (let i = r[0]; i < r[1]; i++) if (p.explained[side].has(i)) return true;
  return false;
}

export function listEffects(p: Pair, emit: Emit): void {
  const bodies = pairBodies(p);
  let names: { c: readonly Hit[]; l: readonly Hit[] } | null = null;
  const namesOf = (side: Side) => (names ??= { c: findHits(p.central, p.cf, FIELD_NAMES, true), l: findHits(p.local, p.lf, FIELD_NAMES, true) })[side];
  const found: { side: Side; it: Items }[] = [];
  /** A change group's words on one side, when the other side wrote no word there: the items it may strike or add. */
  const candidate = (side: Side, r: Range, other: Range) => {
    if (!r || !hasWord(p, side, r) || hasWord(p, side === 'c' ? 'l' : 'c', other) || explainedIn(p, side, r) || (side === 'c' && p.uncarried.has(r[0]))) return;
    const it = itemsOf(side === 'c' ? p.central : p.local, [r[0], r[1]], bodies[side], namesOf(side));
    if (it) found.push({ side, it });
  };
  for (const [a, b] of changeGroups(p.slots)) {
    const cr = inSlots(p.slots, 'c', a, b), lr = inSlots(p.slots, 'l', a, b);
    candidate('c', cr, lr);
    candidate('l', lr, cr);
  }
  // An item struck in one place and written in another has moved, maybe reworded: Nghệ An's "theo
  // dõi, hướng dẫn, kiểm tra" for "theo dõi, kiểm tra, hướng dẫn"; Lạng Sơn's "hoàn thiện pháp luật
  // có liên quan" struck before "tiếp tục cụ thể hoá" and "hoàn thiện quy chế, quy định" written after.
  if (!found.length) return;
  const changed = { c: changedWords(p, 'c'), l: changedWords(p, 'l') };
  const moved = (f: string, other: { words: Set<string>; text: string }) => {
    const words = f.split(' ').filter((w) => /\p{L}|\d/u.test(w) && !STOP.has(w));
    const head = words.slice(0, 2).join(' ');
    return words.filter((w) => other.words.has(w)).length * 2 >= words.length || (words.length > 2 && other.text.includes(` ${head} `));
  };
  for (const { side, it } of found) {
    const keep = it.items.filter((_, k) => {
      const f = it.folded[k]!;
      return side === 'c' ? !moved(f, changed.l) && !carriedElsewhere(p, f) : !moved(f, changed.c);
    });
    if (!keep.length) continue;
    const centralOnly = side === 'c' && keep.every((x) => CENTRAL_ONLY_RE.some((re) => re.test(foldPhrase(x))));
    const code: EffectCode = side === 'l' ? 'ENUM_ITEMS_ADDED' : it.option ? 'OPTION_CHOSEN' : centralOnly ? 'CENTRAL_ONLY_DROPPED' : 'ENUM_ITEMS_DROPPED';
    const values = { items: keep.join('; '), count: String(keep.length) };
    if (side === 'c') emit(code, values, it.range, null); else emit(code, values, null, it.range);
    explain(p, side, it.range);
  }
}

/** The folded words one side wrote where the diff did not keep them, and their runs as text. */
function changedWords(p: Pair, side: Side): { words: Set<string>; text: string } {
  const toks = side === 'c' ? p.central : p.local;
  const words = p.slots.op.map((o, s) => {
    const t = p.slots[side][s]!;
    return o !== 'equal' && t >= 0 && toks[t]!.word ? toks[t]!.norm : '|';
  });
  return { words: new Set(words.filter((w) => w !== '|')), text: ` ${words.join(' ')} ` };
}
