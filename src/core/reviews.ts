/**
 * Applying a reviewer's decisions to an analysis (issue 11). The machine's word is not final: an
 * inspector reading Quảng Ngãi 1698 sees that its "Người đứng đầu cấp ủy, chính quyền các cấp
 * nghiêm túc thực hiện Quyết định số 1575-QĐ/TU … tiếp dân, đối thoại trực tiếp với dân …" carries
 * out KL 54's task 3-1 ("Thực hiện tốt công tác tiếp dân, tăng cường tiếp xúc, đối thoại …")
 * through the province's own rules, where the machine says added and 3-1 omitted. Her answer
 * replaces the machine's on the clause (which keeps the machine's answer beside it), and every
 * figure is recomputed from the reviewed answers.
 */
import type { Analysis, CentralResult, ClauseResult, DocumentAnalysis } from './types.ts';
import { isCentralDecision, type CentralDecision, type ClauseDecision, type ReviewDecision, type UnmatchedDecision, type UnmatchedReason } from './review-types.ts';
import { documentsNamed, findCentral, findClause, foldTexts } from './review-anchor.ts';
import { reviewDocument, type Placed, type Placement } from './review-document.ts';
import { carriedBy } from './metrics.ts';

export interface Reviewed {
  /** The analysis with the reviewer's answers; `reviewsUnmatched` holds the decisions that matched nothing. */
  readonly analysis: Analysis;
  readonly unmatched: readonly UnmatchedDecision[];
}

/**
 * Applies `decisions` in order (a later decision on the same clause wins). Documents no decision
 * names are returned unchanged; `carriedBy` is recomputed over all. A decision that finds no
 * document, no clause, or finds several, is kept in `unmatched` (never dropped).
 */
export function applyReviews(a: Analysis, decisions: readonly ReviewDecision[]): Reviewed {
  const unmatched: UnmatchedDecision[] = [];
  const centralFolded = foldTexts(a.centralClauses);
  // Folded clause texts, once per document a decision names.
  const localFolded = new Map<number, string[]>();
  const folded = (i: number): string[] => {
    let f = localFolded.get(i);
    if (!f) localFolded.set(i, (f = foldTexts(a.documents[i]!.clauses.map((r) => r.clause))));
    return f;
  };
  const placed = new Map<number, Placed[]>();
  const docs = a.documents.map((d) => d.doc);
  decisions.forEach((d, index) => {
    const named = documentsNamed(docs, d.document);
    if (!named.length && d.source) named.push(...documentsNamed(docs, d.source));
    if (!named.length) { unmatched.push({ index, reason: 'NO_DOCUMENT', value: d.document, decision: d }); return; }
    // Several documents may answer to one number (two files of one letter): the decision applies
    // wherever its clause is found, and is unmatched only when it is found in none.
    let miss: UnmatchedDecision | null = null, hit = false;
    for (const di of named) {
      const ctx = { doc: a.documents[di]!, folded: folded(di), a, centralFolded };
      const p = isCentralDecision(d) ? placeCentral(ctx, d) : placeClause(ctx, d);
      if ('reason' in p) { miss ??= { index, reason: p.reason, value: p.value, decision: d }; continue; }
      let list = placed.get(di);
      if (!list) placed.set(di, (list = []));
      list.push({ ...p, index });
      hit = true;
    }
    if (!hit && miss) unmatched.push(miss);
  });
  const documents = a.documents.map((doc, i) => (placed.has(i) ? reviewDocument(a, doc, placed.get(i)!) : doc));
  const analysis: Analysis = { ...a, documents, carriedBy: carriedBy(a.centralClauses, documents), reviewsUnmatched: unmatched };
  return { analysis, unmatched };
}

interface Ctx {
  readonly a: Analysis;
  readonly doc: DocumentAnalysis;
  readonly folded: readonly string[];
  readonly centralFolded: readonly string[];
}

type Miss = { readonly reason: UnmatchedReason; readonly value: string };

function placeClause(ctx: Ctx, d: ClauseDecision): Placement | Miss {
  const found = findClause(ctx.folded, d.clause, d.occurrence ?? 1);
  if (found.kind !== 'one') return { reason: found.kind === 'many' ? 'AMBIGUOUS_CLAUSE' : 'NO_CLAUSE', value: d.clause };
  const r = ctx.doc.clauses[found.index]!;
  let central: string[];
  if (d.class === 'added') central = [];
  else if (d.central?.length) {
    const ids = centralIds(ctx, d.central);
    if ('reason' in ids) return ids;
    central = ids;
  } else central = defaultCentral(r);
  if (d.class !== 'added' && !central.length) return { reason: 'NO_COUNTERPART', value: d.clause };
  return { kind: 'clause', clause: found.index, class: d.class, central, review: reviewOf(d) };
}

function placeCentral(ctx: Ctx, d: CentralDecision): Placement | Miss {
  const ids = centralIds(ctx, [d.centralClause]);
  if ('reason' in ids) return ids;
  let by: string[] = [];
  if (d.status === 'carried' && d.by !== undefined) {
    const found = findClause(ctx.folded, d.by);
    if (found.kind !== 'one') return { reason: found.kind === 'many' ? 'AMBIGUOUS_CLAUSE' : 'NO_CLAUSE', value: d.by };
    by = [ctx.doc.clauses[found.index]!.clause.id];
  }
  return { kind: 'central', central: ids, status: d.status, by, review: reviewOf(d) };
}

/** Central clause ids for references (ids or texts), in the order given, without repeats. */
function centralIds(ctx: Ctx, refs: readonly string[]): string[] | Miss {
  const out: string[] = [];
  for (const ref of refs) {
    const f = findCentral(ctx.a.centralClauses, ctx.centralFolded, ref);
    if (f.kind === 'none') return { reason: 'NO_CENTRAL', value: ref };
    if (f.kind === 'many') return { reason: 'AMBIGUOUS_CENTRAL', value: ref };
    const idx = f.kind === 'one' ? [f.index] : f.indices;
    for (const i of idx) { const id = ctx.a.centralClauses[i]!.id; if (!out.includes(id)) out.push(id); }
  }
  return out;
}

/**
 * Counterparts a decision that names none keeps: the machine's. A clause the machine called added
 * has none, and its nearest central clause is a guess the machine itself turned down: such a
 * decision must name its counterpart (NO_COUNTERPART otherwise).
 */
function defaultCentral(r: ClauseResult): string[] {
  return [...(r.review?.machine.central ?? r.central)];
}

const reviewOf = (d: ReviewDecision) => ({ by: d.reviewer, at: d.at, note: d.note });

/** The reviewer's share of a document's answers, for "n answers are the reviewer's". */
export function reviewedShare(d: DocumentAnalysis): { readonly reviewed: number; readonly answers: number } {
  const reviewed = d.clauses.filter((r) => r.review).length + d.central.filter((s: CentralResult) => s.review).length;
  return { reviewed, answers: d.clauses.length + d.central.length };
}
