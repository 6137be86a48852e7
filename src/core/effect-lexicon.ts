/**
 * Effects read from the word lists (`effect-words.ts`): force, sanctions, deadlines, frequencies,
 * targets and emphasis, each dropped, added, softened, hardened or compared; and the lead role
 * (chủ trì ↔ phối hợp). A phrase the diff struck in one place and wrote in another has moved, not
 * changed; one struck where another of its list stands ("nhất là" → "đặc biệt là", "nghiêm" →
 * "nghiêm túc") was swapped for an equal.
 */
import { DEADLINES, EMPHASIS, FORCE_WORDS, FREQUENCIES, NEGATORS, NOT_EMPHASIS, NOT_FORCE, ROLE_MARKERS, SANCTIONS, TARGETS, type WordEntry } from './effect-words.ts';
import { fold, foldedOf, foldPhrase, textOf } from './effect-match.ts';
import { findHits, matchers, type Hit, type Matchers } from './effect-hits.ts';
import { around, carriedElsewhere, explain, inSlots, kept, type Pair, type Range, type Side } from './effect-pair.ts';
import type { Token } from './types.ts';
import { none } from './packed.ts';
import type { EffectCode } from './effects.ts';
import { compareDeadlines, compareFrequencies, compareTargets } from './effect-compare.ts';

type Emit = (code: EffectCode, values: Record<string, string>, c: Range, l: Range) => void;

interface Lexicon {
  /** Key of the value naming the phrase ("word", "deadline"…). */
  readonly value: string;
  readonly entries: readonly WordEntry[];
  readonly matchers: ReturnType<typeof matchersOf>;
  readonly dropped: EffectCode;
  readonly added: EffectCode;
  readonly softened?: EffectCode;
  readonly hardened?: EffectCode;
  /** For phrases with a measure: < 0 when `to` asks less than `from`, > 0 when more, 0 when the same or not comparable. */
  readonly compare?: { readonly fn: (from: string, to: string) => number; readonly weaker: EffectCode; readonly stronger: EffectCode };
  /** Entry values beyond the phrase itself (the force group). */
  readonly extra?: (entry: number) => Record<string, string>;
  /** Entries a preceding "chưa", "không" turns into a shortcoming (adverbs of force, not "phải" or "không để"). */
  readonly negatable?: (entry: number) => boolean;
}

const matchersOf = (entries: readonly WordEntry[], neutral: readonly string[] = []) => ({
  all: matchers([...entries, ...neutral.map((phrase) => ({ phrase }))]),
  softer: entries.map((e) => matchers((e.softer ?? []).map((phrase) => ({ phrase })))),
});

const SANCTION: Lexicon = { value: 'sanction', entries: SANCTIONS, matchers: matchersOf(SANCTIONS), dropped: 'SANCTION_DROPPED', added: 'SANCTION_ADDED', softened: 'SANCTION_SOFTENED', hardened: 'SANCTION_ADDED' };
const FORCE: Lexicon = {
  value: 'word', entries: FORCE_WORDS, matchers: matchersOf(FORCE_WORDS, NOT_FORCE), dropped: 'FORCE_DROPPED', added: 'FORCE_ADDED',
  softened: 'FORCE_SOFTENED', hardened: 'FORCE_HARDENED', extra: (i) => ({ group: FORCE_WORDS[i]!.group }), negatable: (i) => FORCE_WORDS[i]!.group === 'force',
};
const OTHERS: readonly Lexicon[] = [
  { value: 'deadline', entries: DEADLINES, matchers: matchersOf(DEADLINES), dropped: 'DEADLINE_DROPPED', added: 'DEADLINE_ADDED', compare: { fn: compareDeadlines, weaker: 'DEADLINE_LATER', stronger: 'DEADLINE_EARLIER' } },
  { value: 'frequency', entries: FREQUENCIES, matchers: matchersOf(FREQUENCIES), dropped: 'FREQUENCY_DROPPED', added: 'FREQUENCY_ADDED', compare: { fn: compareFrequencies, weaker: 'FREQUENCY_LOWER', stronger: 'FREQUENCY_HIGHER' } },
  { value: 'target', entries: TARGETS, matchers: matchersOf(TARGETS), dropped: 'TARGET_DROPPED', added: 'TARGET_ADDED', compare: { fn: compareTargets, weaker: 'TARGET_LOWERED', stronger: 'TARGET_RAISED' } },
];
const EMPHASIS_LEX: Lexicon = { value: 'qualifier', entries: EMPHASIS, matchers: matchersOf(EMPHASIS, NOT_EMPHASIS), dropped: 'EMPHASIS_DROPPED', added: 'EMPHASIS_ADDED' };
const NEG = new Set(NEGATORS.map(foldPhrase));

/** Words a negation reaches back over: "chưa được xem xét kịp thời" (KL 54's assessment). */
const NEGATION_REACH = 4;

/** A force word in the reach of "chưa", "không", "thiếu"… (no punctuation between) states a shortcoming. */
function negated(tokens: readonly Token[], at: number): boolean {
  for (let i = at - 1; i >= 0 && i >= at - NEGATION_REACH && tokens[i]!.word; i--) if (NEG.has(tokens[i]!.norm)) return true;
  return false;
}

function hitsOf(lex: Lexicon, tokens: readonly Token[], side: 'central' | 'local', p: Pair, skip: readonly Hit[]): readonly Hit[] {
  const all = findHits(tokens, side === 'central' ? p.cf : p.lf, lex.matchers.all, true);
  // Most clauses name no word of a list: its (shared, never changed) empty hits are returned as they are.
  if (!all.length) return all;
  return all.filter((h) =>
    h.entry < lex.entries.length && !(lex.negatable?.(h.entry) && negated(tokens, h.start)) && !skip.some((s) => s.start <= h.start && h.end <= s.end));
}

/** Where one of `m`'s entries occurs in tokens [from, to), as a token range. */
function findIn(tokens: readonly Token[], r: Range, m: Matchers | undefined): Range {
  if (!r || !m?.any) return null;
  const part = tokens.slice(r[0], r[1]);
  const h = findHits(part, fold(part), m)[0];
  return h ? [r[0] + h.start, r[0] + h.end] : null;
}

/*
 * The helpers of `run`, at module level: under tsx (`npm run analyze`, the benchmark) every arrow
 * bound to a name is renamed through a call when it is created, and `run` made five of them for
 * each of the six lexicons of every pair (this file's renaming calls: 7.5 % of the effects stage
 * in tsx's profile; none in the app's and the built CLI's bundles, which keep no names).
 */
const key = (t: readonly Token[], h: Hit) => foldedOf(t, h.start, h.end);
const text = (t: readonly Token[], r: Range) => (r ? textOf(t, r[0], r[1]) : '');
const range = (h: Hit): Range => [h.start, h.end];
const valuesOf = (lex: Lexicon, p: Pair, t: readonly Token[], h: Hit, side: Side) => ({ [lex.value]: text(t, range(h)), ...lex.extra?.(h.entry), ...emphasisWhat(lex, p, side, h) });
const done = (p: Pair, c: Range, l: Range) => { explain(p, 'c', c); explain(p, 'l', l); };

const NO_SKIP: { readonly c: readonly Hit[]; readonly l: readonly Hit[] } = { c: none<Hit>(), l: none<Hit>() };

/** Runs one lexicon over the pair; returns its hits on each side (force words inside a sanction are the sanction's). */
function run(lex: Lexicon, p: Pair, emit: Emit, skip: { c: readonly Hit[]; l: readonly Hit[] } = NO_SKIP) {
  const hc = hitsOf(lex, p.central, 'central', p, skip.c), hl = hitsOf(lex, p.local, 'local', p, skip.l);
  // Neither side names a word of the list (most pairs, for most lists): nothing to compare.
  if (!hc.length && !hl.length) return { c: hc, l: hl };
  const lost = hc.filter((h) => !kept(p.slots, 'c', h.start, h.end)), gained = hl.filter((h) => !kept(p.slots, 'l', h.start, h.end));
  const used = new Set<Hit>();
  for (const h of lost) {
    const kh = key(p.central, h);
    const g = gained.find((x) => !used.has(x) && key(p.local, x) === kh);
    if (g) { used.add(g); used.add(h); done(p, range(h), range(g)); }
  }
  for (const h of lost) {
    if (used.has(h)) continue;
    const [a, b] = around(p.slots, 'c', h.start, h.end);
    const lr = inSlots(p.slots, 'l', a, b);
    const near = gained.filter((g) => !used.has(g) && lr && g.start < lr[1] && g.end > lr[0]);
    const beside = lr !== null && hl.some((g) => g.start < lr[1] && g.end > lr[0]);
    const from = text(p.central, range(h));
    // A clause sets one deadline: KL 221's "hoàn thành trong năm 2025" and 174/CV-BCĐ's "hoàn thành
    // trước ngày 15/12/2025" compare wherever the diff put them.
    const g = near[0] ?? (lex.compare ? gained.find((x) => !used.has(x)) : undefined);
    if (g && lex.compare) {
      used.add(g);
      const r = lex.compare.fn(key(p.central, h), key(p.local, g));
      if (r) emit(r < 0 ? lex.compare.weaker : lex.compare.stronger, { from, to: text(p.local, range(g)) }, range(h), range(g));
      done(p, range(h), range(g));
      continue;
    }
    const soft = findIn(p.local, lr, lex.matchers.softer[h.entry]);
    if (soft && lex.softened) {
      near.forEach((x) => used.add(x));
      emit(lex.softened, { from, to: text(p.local, soft) }, range(h), soft);
      done(p, range(h), soft);
      continue;
    }
    if (g) {
      // An equivalent in its place ("nhất là" → "đặc biệt là"), or a stronger one ("nghiêm" → "nghiêm minh").
      used.add(g);
      if (lex.hardened && findIn(p.central, range(h), lex.matchers.softer[g.entry])) emit(lex.hardened, { from, to: text(p.local, range(g)) }, range(h), range(g));
      done(p, range(h), range(g));
      continue;
    }
    // A word of the same list stays in its place ("nghiêm túc" → "nghiêm"); a source the clause does not carry drops nothing.
    if (beside || p.uncarried.has(h.start) || carriedElsewhere(p, key(p.central, h))) continue;
    const what = whatRange(lex, p.central, h);
    emit(lex.dropped, valuesOf(lex, p, p.central, h, 'c'), what, null);
    done(p, what, null);
  }
  for (const g of gained) {
    if (used.has(g)) continue;
    const [a, b] = around(p.slots, 'l', g.start, g.end);
    const cr = inSlots(p.slots, 'c', a, b);
    const soft = findIn(p.central, cr, lex.matchers.softer[g.entry]);
    const what = whatRange(lex, p.local, g);
    if (soft && lex.hardened) emit(lex.hardened, { from: text(p.central, soft), to: text(p.local, range(g)) }, soft, range(g));
    else if (cr && hc.some((h) => h.start < cr[1] && h.end > cr[0])) continue; // "nghiêm" → "nghiêm túc": the same force
    else emit(lex.added, valuesOf(lex, p, p.local, g, 'l'), null, what);
    done(p, soft, what);
  }
  return { c: hc, l: hl };
}

/** What an emphasis qualifier singles out: the words after it up to the end of the phrase (at most 10). */
function whatRange(lex: Lexicon, tokens: readonly Token[], h: Hit): Range {
  if (lex !== EMPHASIS_LEX) return [h.start, h.end];
  let e = h.end, words = 0;
  while (e < tokens.length && !/^[.;:)(]$/u.test(tokens[e]!.norm) && words < 10) { if (tokens[e]!.word) words++; e++; }
  while (e > h.end && !tokens[e - 1]!.word) e--;
  return [h.start, e];
}

function emphasisWhat(lex: Lexicon, p: Pair, side: Side, h: Hit): Record<string, string> {
  if (lex !== EMPHASIS_LEX) return {};
  const t = side === 'c' ? p.central : p.local, r = whatRange(lex, t, h)!;
  return { what: textOf(t, h.end, r[1]) };
}

/** Force, sanctions, deadlines, frequencies, targets and emphasis. */
export function lexiconEffects(p: Pair, emit: Emit): void {
  const sanctions = run(SANCTION, p, emit);
  run(FORCE, p, emit, sanctions);
  for (const lex of OTHERS) run(lex, p, emit);
  run(EMPHASIS_LEX, p, emit);
}

const ROLES = matchers(ROLE_MARKERS);
const LEAD = ROLE_MARKERS.findIndex((e) => e.role === 'lead');
const SUPPORT = ROLE_MARKERS.findIndex((e) => e.role === 'support');

/**
 * The lead moved: "chủ trì, phối hợp" → "phối hợp" (Nghệ An III.1-7 for Chỉ thị 32 (2)), or
 * "phối hợp" → "chủ trì, phối hợp" (III.3-1 for (4)). A "chủ trì" added where the central clause
 * named no role only makes explicit who leads (III.1-9): no effect.
 */
export function roleEffects(p: Pair, emit: Emit): void {
  const hc = findHits(p.central, p.cf, ROLES, true), hl = findHits(p.local, p.lf, ROLES, true);
  const lostLead = hc.find((h) => h.entry === LEAD && !kept(p.slots, 'c', h.start, h.end));
  const gainedLead = hl.find((h) => h.entry === LEAD && !kept(p.slots, 'l', h.start, h.end));
  if (lostLead && !gainedLead && !carriedElsewhere(p, foldedOf(p.central, lostLead.start, lostLead.end))) {
    const support = hl.find((h) => h.entry === SUPPORT);
    if (!support) return;
    emit('ROLE_CHANGED', { from: textOf(p.central, lostLead.start, lostLead.end), to: textOf(p.local, support.start, support.end) }, [lostLead.start, lostLead.end], [support.start, support.end]);
    explain(p, 'c', [lostLead.start, lostLead.end]);
  } else if (gainedLead && !lostLead && !hc.some((h) => h.entry === LEAD)) {
    const support = hc.find((h) => h.entry === SUPPORT);
    if (!support) return;
    emit('ROLE_CHANGED', { from: textOf(p.central, support.start, support.end), to: textOf(p.local, gainedLead.start, gainedLead.end) }, [support.start, support.end], [gainedLead.start, gainedLead.end]);
    explain(p, 'l', [gainedLead.start, gainedLead.end]);
  }
}
