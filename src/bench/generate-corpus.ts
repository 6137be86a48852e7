/**
 * The benchmark corpus generator: N local documents made from the real ones, each recording the
 * true class and central counterpart of every clause it writes, so accuracy at scale is measured.
 * A document copies some central clauses (with cosmetic differences), rewords others for its
 * level, drops some (and often the whole assessment), moves a few between tasks, adds clauses from
 * the pool, renumbers and sometimes reorders its tasks, and gets conversion damage. Document i is
 * the same whatever N is: each document draws from its own seeded stream.
 */
import { segmentClauses } from '../core/segment-clauses.ts';
import type { Clause } from '../core/types.ts';
import { addedPool } from './added-pool.ts';
import { pickDamage, render, type Para } from './damage.ts';
import { footer, header, pickDate, pickIssuer } from './doc-frame.ts';
import { addLocalTail, adapt, cosmetic, type Level } from './localize.ts';
import { seeded, type Random } from './random.ts';
import type { BenchBase, GeneratedDoc, TruthClause } from './types.ts';
import { normWords, wordEdits } from './word-edits.ts';
import { numbering, writeParagraph } from './write-paragraph.ts';

/** One unit of the generated body: a paragraph (or "-" items) and the truth of its clauses. */
interface Unit {
  readonly key: string;
  readonly heading: string | null;
  readonly items: boolean;
  readonly clauses: TruthClause[];
}

/** The real corpus, prepared once for many documents. */
interface Prepared {
  readonly central: readonly Clause[];
  readonly blocks: readonly { key: string; part: string; heading: string | null; items: boolean; clauses: Clause[] }[];
  readonly pool: readonly string[];
}

function prepare(base: BenchBase): Prepared {
  const central = segmentClauses(base.central);
  const blocks: Prepared['blocks'][number][] = [];
  for (const c of central) {
    const b = base.central.blocks[c.block]!;
    const key = b.item ? `${c.unit}#${c.block}` : c.unit;
    let at = blocks.find((x) => x.key === key);
    if (!at) blocks.push((at = { key, part: c.part, heading: b.heading, items: b.item, clauses: [] }));
    at.clauses.push(c);
  }
  return { central, blocks, pool: addedPool(base) };
}

/** `n` local documents generated from `base`, the same for the same `seed`. */
export function generateCorpus(base: BenchBase, n: number, seed = 1): GeneratedDoc[] {
  return [...generateDocuments(base, n, seed)];
}

/** The same documents one at a time, for folders of 10⁵ files that should not sit in memory whole. */
export function* generateDocuments(base: BenchBase, n: number, seed = 1): Generator<GeneratedDoc> {
  const prepared = prepare(base);
  for (let i = 0; i < n; i++) yield generateDocument(prepared, i, seeded(seed * 1_000_003 + i));
}

/** A derived clause: a verbatim copy or a rewording, labelled by how many words it changed. */
function derive(c: Clause, level: Level, rnd: Random): TruthClause {
  let text = rnd.chance(0.5) ? cosmetic(c.text, rnd) : adapt(c.text, level, rnd);
  const central = normWords(c.text);
  let e = wordEdits(central, normWords(text));
  if (text !== c.text && Math.max(e.inserted, e.deleted) <= 2 && rnd.chance(0.5)) {
    text = addLocalTail(text, level, rnd);
    e = wordEdits(central, normWords(text));
  }
  return { text, central: c.id, label: Math.max(e.inserted, e.deleted) <= 2 ? 'verbatim' : 'adapted' };
}

function generateDocument(p: Prepared, index: number, rnd: Random): GeneratedDoc {
  const issuer = pickIssuer(rnd);
  const kind = rnd.chance(0.7) ? 'CV' : 'KH';
  const number = `${rnd.int(100, 2999)}-${kind}/${issuer.code}`;
  const withAssessment = rnd.chance(0.5);
  const omitted: string[] = [];
  const units: Unit[] = [];
  for (const b of p.blocks) {
    const drop = b.part === 'assessment' ? (withAssessment ? 0.2 : 1) : b.part === 'closing' ? 0.7 : 0.12;
    const clauses: TruthClause[] = [];
    for (const c of b.clauses) {
      if (rnd.chance(drop)) omitted.push(c.id);
      else clauses.push(derive(c, issuer.level, rnd));
    }
    if (clauses.length || b.heading) units.push({ key: b.key, heading: b.heading, items: b.items, clauses });
  }
  const tasks = units.filter((u) => /^\d+$/u.test(u.key));
  // Moves: a task clause now and then goes to another task.
  for (const u of tasks) {
    for (const c of [...u.clauses]) {
      if (u.clauses.length < 2 || !rnd.chance(0.08)) continue;
      const to = rnd.pick(tasks.filter((t) => t !== u));
      u.clauses.splice(u.clauses.indexOf(c), 1);
      to.clauses.push(c);
    }
  }
  // Additions from the pool: a few into tasks, sometimes a new item under "Tổ chức thực hiện".
  const added = (): TruthClause => ({ text: rnd.pick(p.pool), central: null, label: 'added' });
  for (let k = rnd.int(0, 4); k > 0 && tasks.length; k--) {
    const u = rnd.pick(tasks);
    u.clauses.splice(rnd.int(0, u.clauses.length), 0, added());
  }
  const lastItem = units.findLastIndex((u) => u.items);
  if (lastItem >= 0 && rnd.chance(0.4)) units.splice(lastItem, 0, { key: `${units[lastItem]!.key}+`, heading: units[lastItem]!.heading, items: true, clauses: [added()] });
  if (rnd.chance(0.15)) {
    const i = rnd.int(0, tasks.length - 2), a = units.indexOf(tasks[i]!), b = units.indexOf(tasks[i + 1]!);
    [units[a], units[b]] = [units[b]!, units[a]!];
  }
  const body = writeBody(units.filter((u) => u.clauses.length || u.heading), rnd);
  const paras: Para[] = [
    ...header(issuer, number, kind, pickDate(rnd)).map((text) => ({ text, zone: 'header' as const })),
    ...body.map((text) => ({ text, zone: 'body' as const })),
    ...footer(issuer, rnd).map((text) => ({ text, zone: 'footer' as const })),
  ];
  const truth = units.flatMap((u) => u.clauses);
  const name = `bench-${String(index + 1).padStart(4, '0')}.txt`;
  return { name, text: render(paras, pickDamage(rnd), rnd), truth: { clauses: truth, omitted } };
}

/** Body paragraphs: numbered tasks (style chosen per document), "-" items under their heading. */
function writeBody(units: readonly Unit[], rnd: Random): string[] {
  const style = numbering(rnd);
  const out: string[] = [];
  let n = 0;
  let heading: string | null = null;
  for (const u of units) {
    const numbered = /^\d+/u.test(u.key);
    if (u.items) {
      if (u.heading !== heading) { out.push(`${style(++n)} ${u.heading}`); heading = u.heading; }
      if (u.clauses.length) out.push(`- ${writeParagraph(u.clauses)}`);
    } else if (u.clauses.length) {
      out.push(numbered ? `${style(++n)} ${writeParagraph(u.clauses)}` : writeParagraph(u.clauses));
    }
  }
  return out;
}
