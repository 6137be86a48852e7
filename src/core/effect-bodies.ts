/**
 * Localized or reassigned: the bodies of `admin-levels.ts` on each side of a change. The same
 * kind of body one level down ("Ban Bí thư" → "Ban Thường vụ Tỉnh ủy", "Bộ Công an" → "Công an
 * tỉnh") localizes; the central text's "tỉnh, thành phố" reduced to the one that applies
 * ("Công an tỉnh, thành phố" → "Công an tỉnh") too. Another kind of body in a leading role
 * ("Sở Nội vụ chủ trì" → "Sở Tư pháp chủ trì") reassigns the task. A level swap never does.
 */
import { BODIES, FIELD_ALIASES, NOT_BODIES, isLowerLevel, LEVEL_RANK, type Level } from './admin-levels.ts';
import { ROLE_MARKERS } from './effect-words.ts';
import { compile, foldedOf, textOf } from './effect-match.ts';
import { findHits, matchers, type Hit } from './effect-hits.ts';
import { around, explain, inSlots, kept, type Pair, type Range, type Side } from './effect-pair.ts';
import type { Token } from './types.ts';
import type { EffectCode } from './effects.ts';

type Emit = (code: EffectCode, values: Record<string, string>, c: Range, l: Range) => void;

const MATCHERS = matchers([
  ...BODIES.map((b) => ({ phrase: b.phrase, pattern: true, named: b.named })),
  ...NOT_BODIES.map((n) => ({ phrase: n, pattern: true })),
]);

/** A body named in a clause. */
export interface BodyHit extends Hit {
  readonly family: string;
  readonly level: Level;
  /** The central text's "tỉnh, thành phố" / "Tỉnh ủy, Thành ủy": any province, to be reduced to one. */
  readonly variant: boolean;
}

const VARIANT = /(?:tỉnh|tỉnh uỷ) , (?:thành phố|thành uỷ)/u;

/** `VARIANT` needs a comma: most names have none, and are not folded to be tested. */
function hasComma(tokens: readonly Token[], h: Hit): boolean {
  for (let i = h.start; i < h.end; i++) if (tokens[i]!.norm.includes(',')) return true;
  return false;
}

const cache = new WeakMap<Pair, { readonly c: readonly BodyHit[]; readonly l: readonly BodyHit[] }>();

/** The bodies named on each side of a pair, read once per pair (the enumeration rule needs them too). */
export function pairBodies(p: Pair): { readonly c: readonly BodyHit[]; readonly l: readonly BodyHit[] } {
  let b = cache.get(p);
  if (!b) { b = { c: bodiesOf(p.central, p.cf), l: bodiesOf(p.local, p.lf) }; cache.set(p, b); }
  return b;
}

/**
 * Bodies per hits of `findHits` (which keeps a text's hits, the same array for the same text and
 * capitals): a central clause is read once, not once per document that carries it, and a local
 * clause the batch repeats once too. The hits say everything but the folded words, which are the
 * text's. Only read, never changed.
 */
const known = new WeakMap<readonly Hit[], readonly BodyHit[]>();

/** The bodies named in tokens, longest first, phrases that only look like bodies left out. */
export function bodiesOf(tokens: readonly Token[], folded: Pair['cf']): readonly BodyHit[] {
  const hits = findHits(tokens, folded, MATCHERS, true);
  let bodies = known.get(hits);
  if (!bodies) {
    const out: BodyHit[] = [];
    for (const h of hits) {
      if (h.entry >= BODIES.length) continue;
      const b = BODIES[h.entry]!;
      const field = h.field ? FIELD_ALIASES[h.field] ?? h.field : '';
      const family = b.family.endsWith(':') ? b.family + field : b.family;
      const variant = hasComma(tokens, h) && VARIANT.test(foldedOf(tokens, h.start, h.end));
      // Written out, not spread from the hit: a spread of objects of two shapes (with and without
      // `field`) took the generic copy every time.
      out.push(h.field === undefined
        ? { entry: h.entry, start: h.start, end: h.end, family, level: b.level, variant }
        : { entry: h.entry, start: h.start, end: h.end, field: h.field, family, level: b.level, variant });
    }
    known.set(hits, (bodies = out));
  }
  return bodies;
}

const LEAD_AFTER = new RegExp(`^(?:, )?(?:${ROLE_MARKERS.filter((r) => r.role !== 'support' && r.role !== 'assign').map((r) => compile(r.phrase, r.pattern).source).join('|')})`, 'u');

/** A body leads when a role marker follows it ("Công an tỉnh chủ trì") or "giao" precedes it ("Giao Bộ trưởng Bộ Công an"). */
function leads(tokens: readonly Token[], h: Hit): boolean {
  const after = foldedOf(tokens, h.end, Math.min(tokens.length, h.end + 4));
  const before = foldedOf(tokens, Math.max(0, h.start - 2), h.start);
  return LEAD_AFTER.test(after) || /(?:^| )giao(?: cho)?$/u.test(before);
}

export function bodyEffects(p: Pair, emit: Emit): void {
  const { c: hc, l: hl } = pairBodies(p);
  const used = new Set<Hit>();
  const text = (side: Side, h: Hit) => textOf(side === 'c' ? p.central : p.local, h.start, h.end);
  const key = (t: readonly Token[], h: Hit) => foldedOf(t, h.start, h.end);
  const overlaps = (h: Hit, r: Range) => r !== null && h.start < r[1] && h.end > r[0];
  const lost = hc.filter((h) => !kept(p.slots, 'c', h.start, h.end));
  const gained = hl.filter((h) => !kept(p.slots, 'l', h.start, h.end));
  /** Emits what the swap of central body `h` for local body `g` does; false when it does nothing. */
  const swap = (h: BodyHit, g: BodyHit): boolean => {
    let code: EffectCode | null = null;
    if (g.family === h.family) {
      if (isLowerLevel(h.level, g.level)) code = 'LEVEL_SWAP';
      else if (h.variant && !g.variant && LEVEL_RANK[h.level] === LEVEL_RANK[g.level]) code = 'VARIANT_CHOSEN';
    } else if (leads(p.central, h) || leads(p.local, g)) {
      code = 'LEAD_CHANGED';
    }
    if (!code) return g.family === h.family;
    const values = code === 'LEVEL_SWAP'
      ? { from: text('c', h), to: text('l', g), family: h.family, fromLevel: h.level, toLevel: g.level }
      : { from: text('c', h), to: text('l', g) };
    emit(code, values, [h.start, h.end], [g.start, g.end]);
    explain(p, 'c', [h.start, h.end]);
    explain(p, 'l', [g.start, g.end]);
    return true;
  };
  for (const h of lost) {
    const kh = key(p.central, h);
    const g = gained.find((x) => !used.has(x) && key(p.local, x) === kh);
    if (g) { used.add(g); used.add(h); }
  }
  for (const h of lost) {
    if (used.has(h)) continue;
    const [a, b] = around(p.slots, 'c', h.start, h.end);
    const near = hl.filter((g) => !used.has(g) && overlaps(g, inSlots(p.slots, 'l', a, b)));
    // A diff that aligned the two names badly (Lạng Sơn's lead-in, where "Ban Bí thư" and "Ban
    // Thường vụ Tỉnh ủy" fall in different change groups) still shows the same body one level down.
    const g = near.find((x) => x.family === h.family)
      ?? gained.find((x) => !used.has(x) && x.family === h.family && isLowerLevel(h.level, x.level))
      ?? near[0];
    if (g && swap(h, g)) { used.add(h); used.add(g); }
  }
  // A central name the diff kept whole, lengthened on the local side: "Kiểm toán nhà nước" →
  // "Kiểm toán nhà nước khu vực II", "Văn phòng Quốc hội" → "Văn phòng Đoàn đại biểu Quốc hội và HĐND tỉnh".
  for (const g of gained) {
    if (used.has(g)) continue;
    const [a, b] = around(p.slots, 'l', g.start, g.end);
    const h = hc.find((x) => !used.has(x) && x.family === g.family && overlaps(x, inSlots(p.slots, 'c', a, b)));
    if (h && swap(h, g)) { used.add(h); used.add(g); }
  }
  // A place the central text did not name: "trên địa bàn tỉnh Nghệ An" scopes the task to the province.
  for (const g of gained) {
    if (used.has(g) || g.family !== 'territory' || g.level === 'central') continue;
    const [a, b] = around(p.slots, 'l', g.start, g.end);
    if (hc.some((h) => overlaps(h, inSlots(p.slots, 'c', a, b)))) continue;
    emit('SCOPE_LOCALIZED', { place: text('l', g) }, null, [g.start, g.end]);
    explain(p, 'l', [g.start, g.end]);
  }
}
