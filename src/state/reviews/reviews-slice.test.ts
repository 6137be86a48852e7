// The reviews concern of the store on the built-in corpus: Quảng Ngãi 1698's 1575-QĐ/TU clause,
// which the machine calls added, corrected to adapted from central 3-1; undone; kept in storage;
// carried through a workspace file; a decision whose clause is gone is listed, not dropped.
import { describe, expect, it } from 'vitest';
import { createAppStore } from '../store.ts';
import type { CorpusInput } from '../slices/corpus-slice.ts';
import { clauseDecision } from '../../core/review-decisions.ts';
import type { Analysis, DocumentAnalysis } from '../../core/types.ts';
import { applyReviews } from '../../core/reviews.ts';
import { forPage } from '../../worker/for-page.ts';
import { builtinAnalysis } from '../../../test/support/corpus.ts';
import { memoryReviewsStorage } from './reviews-storage.ts';
import { EMPTY_REVIEWS, sanitizeReviews, toReviewsFile } from './reviews-data.ts';
import { reviewsFromWorkspaceJson, workspaceJsonWithReviews } from './reviews-workspace.ts';

const { analysis: machine } = builtinAnalysis();
const input: CorpusInput = { files: [], manifest: { central: '54-KL/TW', parents: [], files: [] } };
const qn = (a: Analysis | null): DocumentAnalysis => a!.documents.find((d) => d.doc.meta.number === '1698-CV/TU')!;
const clause1575 = (d: DocumentAnalysis) => d.clauses.find((r) => r.clause.text.includes('1575-QĐ/TU'))!;
const who = { reviewer: 'Nguyễn Thị Lan', at: '2026-11-25T09:00:00+07:00', note: 'Quy chế tiếp dân 1575-QĐ/TU thực hiện nhiệm vụ 3-1' };

async function started(storage = memoryReviewsStorage()) {
  const store = createAppStore({ loadCorpus: () => Promise.resolve(input), analyze: () => Promise.resolve(machine), reviews: storage });
  await store.getState().start();
  return store;
}

describe('reviews slice', () => {
  it('leaves the machine analysis untouched without decisions', async () => {
    const store = await started();
    expect(store.getState().analysis.result).toBe(machine);
  });

  it('applies a decision everywhere the analysis is read, undoes it, and keeps both in the trail', async () => {
    const storage = memoryReviewsStorage();
    const store = await started(storage);
    const d = qn(machine);
    const r = clause1575(d);
    expect(r.class).toBe('added');
    const omittedBefore = d.coverage.tasks.omitted;
    await store.getState().decide(clauseDecision(machine, d, r.clause.id, { class: 'adapted', central: ['3-1'] }, who), { class: r.class, central: r.central, reason: r.reason });
    const after = qn(store.getState().analysis.result);
    expect(clause1575(after).class).toBe('adapted');
    expect(clause1575(after).review?.note).toBe(who.note);
    expect(after.central.find((s) => s.id === '3-1')?.status).not.toBe('omitted');
    expect(after.coverage.tasks.omitted).toBe(omittedBefore - 1);
    expect(store.getState().reviews.machine).toBe(machine);
    // Kept: a new store on the same storage starts reviewed.
    const again = await started(storage);
    expect(clause1575(qn(again.getState().analysis.result)).class).toBe('adapted');
    await store.getState().undoReview('1698-CV/TU', 1);
    expect(clause1575(qn(store.getState().analysis.result)).class).toBe('added');
    expect(store.getState().reviews.data.trails[0]?.events.map((e) => e.type)).toEqual(['decision', 'undo']);
    expect(toReviewsFile(store.getState().reviews.data).decisions).toEqual([]);
  });

  it('diffs a corrected clause on the page as in the worker, though the page analysis lacks the local tokens', async () => {
    const page: Analysis = { ...machine, documents: machine.documents.map(forPage) };
    const store = createAppStore({ loadCorpus: () => Promise.resolve(input), analyze: () => Promise.resolve(page), reviews: memoryReviewsStorage() });
    await store.getState().start();
    const d = qn(page);
    const decision = clauseDecision(page, d, clause1575(d).clause.id, { class: 'adapted', central: ['3-1'] }, who);
    await store.getState().decide(decision);
    const onPage = clause1575(qn(store.getState().analysis.result));
    const inWorker = clause1575(qn(applyReviews(machine, [decision]).analysis));
    expect(onPage.diff).toEqual(inWorker.diff);
    expect(onPage.effects).toEqual(inWorker.effects);
    expect(onPage.diff?.parts.some((p) => p.op === 'insert')).toBe(true);
    expect(onPage.clause.tokens).toEqual([]);
  });

  it('lists a decision whose clause is gone as unmatched, and keeps it', async () => {
    const store = await started();
    await store.getState().decide({ document: '1698-CV/TU', clause: 'Một câu không có trong văn bản nào cả', class: 'added', ...who });
    expect(store.getState().reviews.unmatched.map((u) => u.reason)).toEqual(['NO_CLAUSE']);
    expect(store.getState().reviews.data.trails[0]?.events).toHaveLength(1);
  });

  it('goes into the workspace file and comes back from it; an old file without reviews still reads', async () => {
    const store = await started();
    const d = qn(machine);
    await store.getState().decide(clauseDecision(machine, d, clause1575(d).clause.id, { class: 'adapted', central: ['3-1'] }, who));
    await store.getState().setConclusion({ document: '1698-CV/TU', text: 'Tỉnh đã triển khai nhiệm vụ 3-1.' });
    const json = workspaceJsonWithReviews('{"schema":"doichieu.workspace/1","docs":[]}\n', store.getState().reviews.data);
    const fresh = await started();
    await fresh.getState().mergeReviewData(reviewsFromWorkspaceJson(json));
    expect(clause1575(qn(fresh.getState().analysis.result)).class).toBe('adapted');
    expect(fresh.getState().reviews.data.conclusions[0]?.text).toBe('Tỉnh đã triển khai nhiệm vụ 3-1.');
    // Opening the same file twice adds nothing.
    await fresh.getState().mergeReviewData(reviewsFromWorkspaceJson(json));
    expect(fresh.getState().reviews.data.trails[0]?.events).toHaveLength(1);
    expect(reviewsFromWorkspaceJson('{"schema":"doichieu.workspace/1","docs":[]}')).toEqual(EMPTY_REVIEWS);
  });

  it('imports a doichieu.reviews/1 file, and refuses a malformed one whole', async () => {
    const store = await started();
    const bad = await store.getState().importReviewsFile('{"schema":"doichieu.reviews/1","decisions":[{"document":"1698-CV/TU"}]}');
    expect(bad?.code).toBe('REVIEWS_BAD_DECISION');
    const ok = await store.getState().importReviewsFile(JSON.stringify({ schema: 'doichieu.reviews/1', decisions: [{ document: '1698-CV/TU', clause: 'nghiêm túc thực hiện Quyết định số 1575-QĐ/TU', class: 'adapted', central: ['3-1'], ...who }] }));
    expect(ok).toBeNull();
    expect(clause1575(qn(store.getState().analysis.result)).class).toBe('adapted');
  });

  it('reads kept data field by field', () => {
    expect(sanitizeReviews({ reviewer: ' Lan ', trails: [{ document: 'x', events: [{ type: 'decision', seq: 1, decision: { document: 'x' } }] }, 5] })).toEqual({ reviewer: 'Lan', trails: [], conclusions: [] });
  });
});
