import { describe, expect, it } from 'vitest';
import { createWorkerAnalyzer } from './analysis-client.ts';
import type { WorkerPort } from './request-client.ts';
import { DOCUMENT_BATCH, type AnalyzeRequest, type AnalysisReply } from './analysis-protocol.ts';
import { fixture } from '../../test/ui/fixtures/analysis-fixture.ts';
import type { Progress } from '../core/analyze.ts';
import type { Analysis } from '../core/types.ts';
import { defaultInsightsSource } from '../state/slices/insights-slice.ts';
import type { InsightsBundle } from '../state/insights/insights-compute.ts';
import { splitInsights } from '../state/insights/insights-chunks.ts';

type WorkerLike = WorkerPort<AnalyzeRequest, AnalysisReply>;

const input = { files: [], manifest: { central: '54-KL/TW', parents: [], files: [] } };

function fakeWorker(reply: (req: AnalyzeRequest, send: (m: AnalysisReply) => void) => void) {
  let starts = 0;
  const start = (): WorkerLike => {
    starts++;
    const w: WorkerLike = {
      onmessage: null,
      onerror: null,
      postMessage: (req) => queueMicrotask(() => reply(req, (m) => w.onmessage?.({ data: m } as MessageEvent<AnalysisReply>))),
    };
    return w;
  };
  return { start, starts: () => starts };
}

/** The messages the worker sends for `a`, as it sends them (documents in batches, then the rest). */
function sendAnalysis(id: number, a: Analysis, send: (m: AnalysisReply) => void, batch = DOCUMENT_BATCH): void {
  const { documents, ...head } = a;
  for (let i = 0; i < documents.length; i += batch) send({ type: 'documents', id, documents: documents.slice(i, i + batch), total: documents.length });
  send({ type: 'done', id, head });
}

describe('worker client', () => {
  it('forwards progress and resolves with the analysis, reusing one worker', async () => {
    const fake = fakeWorker((req, send) => {
      send({ type: 'progress', id: req.id, progress: { done: 1, total: 2, stage: 'x' } });
      sendAnalysis(req.id, fixture, send);
    });
    const analyze = createWorkerAnalyzer(fake.start);
    const seen: Progress[] = [];
    await expect(analyze(input, (p) => seen.push(p))).resolves.toEqual(fixture);
    await analyze(input, () => {});
    expect(seen).toEqual([{ done: 1, total: 2, stage: 'x' }]);
    expect(fake.starts()).toBe(1);
  });

  it('assembles many documents from batches, in order, and reports receiving them', async () => {
    const many: Analysis = { ...fixture, documents: Array.from({ length: 45 }, (_v, i) => fixture.documents[i % fixture.documents.length]!) };
    const fake = fakeWorker((req, send) => sendAnalysis(req.id, many, send));
    const seen: Progress[] = [];
    const got = await createWorkerAnalyzer(fake.start)(input, (p) => seen.push(p));
    expect(got.documents).toEqual(many.documents);
    expect(seen.map((p) => p.done)).toEqual([20, 40, 45]);
    expect(seen.every((p) => p.stage === 'receive' && p.total === 45)).toBe(true);
  });

  it('hands on the insights sent after the analysis', async () => {
    const sent: InsightsBundle = {
      insights: { provenance: { parents: [], local: [], central: [] }, rules: { rules: [], localized: [] }, citations: { central: [], documents: [], flags: [] }, tour: [] },
      parents: [],
    };
    const fake = fakeWorker((req, send) => {
      sendAnalysis(req.id, fixture, send);
      setTimeout(() => send({ type: 'insights', id: req.id, insights: sent }), 5);
    });
    const analysis = await createWorkerAnalyzer(fake.start)(input, () => {});
    await expect(defaultInsightsSource(analysis, input)).resolves.toBe(sent);
  });

  it('puts back the insights sent in slices (insights-chunks.ts), in order', async () => {
    const sent: InsightsBundle = {
      insights: {
        provenance: { parents: ['p'], local: Array.from({ length: 901 }, (_, i) => ({ doc: `d${i}`, clause: '1', source: null })), central: [] },
        rules: { rules: [], localized: Array.from({ length: 5 }, (_, i) => ({ doc: `d${i}`, clause: '2', rules: ['a→b'] })) },
        citations: { central: [], documents: Array.from({ length: 250 }, (_, i) => ({ doc: `d${i}`, cited: [], inherited: [], added: [], dropped: [] })), flags: [] },
        tour: [],
      },
      parents: [],
    };
    const { chunks, rest } = splitInsights(sent);
    expect(chunks.length).toBe(3 + 3 + 1);
    const fake = fakeWorker((req, send) => {
      sendAnalysis(req.id, fixture, send);
      for (const chunk of chunks) send({ type: 'insights-chunk', id: req.id, chunk });
      setTimeout(() => send({ type: 'insights', id: req.id, insights: rest }), 5);
    });
    const analysis = await createWorkerAnalyzer(fake.start)(input, () => {});
    await expect(defaultInsightsSource(analysis, input)).resolves.toEqual(sent);
  });

  it('fails the insights, not the analysis, when the worker could not compute them', async () => {
    const fake = fakeWorker((req, send) => { sendAnalysis(req.id, fixture, send); send({ type: 'insights', id: req.id, insights: null }); });
    const analysis = await createWorkerAnalyzer(fake.start)(input, () => {});
    await expect(defaultInsightsSource(analysis, input)).rejects.toThrow();
  });

  it('rejects with the coded failure the worker sends', async () => {
    const fake = fakeWorker((req, send) => send({ type: 'error', id: req.id, failure: { code: 'NO_CENTRAL', source: 'x', detail: null, message: 'm' } }));
    await expect(createWorkerAnalyzer(fake.start)(input, () => {})).rejects.toMatchObject({ code: 'NO_CENTRAL' });
  });
});

describe('worker client fallback', () => {
  it('runs on the page when the worker cannot start', async () => {
    const fallback = (_: unknown, onProgress: (p: Progress) => void) => { onProgress({ done: 0, total: 1, stage: 'parse' }); return Promise.resolve(fixture); };
    const analyze = createWorkerAnalyzer(() => { throw new Error('SecurityError'); }, fallback);
    const seen: Progress[] = [];
    await expect(analyze(input, (p) => seen.push(p))).resolves.toBe(fixture);
    expect(seen).toHaveLength(1);
  });

  it('moves pending work to the page when the worker fails to load', async () => {
    let w: WorkerLike | null = null;
    const analyze = createWorkerAnalyzer(() => (w = { onmessage: null, onerror: null, postMessage: () => {} }), () => Promise.resolve(fixture));
    const result = analyze(input, () => {});
    w!.onerror?.({ message: 'failed to fetch module' } as ErrorEvent);
    await expect(result).resolves.toBe(fixture);
  });

  it('the default fallback runs the real analysis code and keeps its error codes', async () => {
    const analyze = createWorkerAnalyzer(() => { throw new Error('no workers here'); });
    await expect(analyze(input, () => {})).rejects.toMatchObject({ code: 'NO_CENTRAL' });
  });
});

describe('worker client cancel (a newer input supersedes a run)', () => {
  /** A worker that never answers on its own; records what it was asked and whether it was stopped. */
  function silentWorkers() {
    const made: { posted: AnalyzeRequest[]; stopped: boolean; w: WorkerLike }[] = [];
    const start = (): WorkerLike => {
      const posted: AnalyzeRequest[] = [];
      const w: WorkerLike = { onmessage: null, onerror: null, postMessage: (req) => { posted.push(req); }, terminate: () => { rec.stopped = true; } };
      const rec = { posted, stopped: false, w };
      made.push(rec);
      return w;
    };
    return { start, made };
  }

  it('stops the worker busy with the aborted run, rejects it, and answers the next run from a fresh worker', async () => {
    const workers = silentWorkers();
    const analyze = createWorkerAnalyzer(workers.start);
    const control = new AbortController();
    const old = analyze(input, () => {}, control.signal);
    control.abort(new DOMException('superseded', 'AbortError'));
    await expect(old).rejects.toMatchObject({ name: 'AbortError' });
    expect(workers.made[0]!.stopped).toBe(true);
    const next = analyze(input, () => {});
    expect(workers.made).toHaveLength(2);
    const req = workers.made[1]!.posted[0]!;
    sendAnalysis(req.id, fixture, (m) => workers.made[1]!.w.onmessage?.({ data: m } as MessageEvent<AnalysisReply>));
    await expect(next).resolves.toEqual(fixture);
    // What the stopped worker might still say is not heard.
    workers.made[0]!.w.onmessage?.({ data: { type: 'error', id: req.id, failure: { code: 'INTERNAL', source: null, detail: null, message: 'late' } } } as MessageEvent<AnalysisReply>);
  });

  it('a queued run aborted leaves the busy worker alone; runs queued behind an aborted busy one go to the fresh worker', async () => {
    const workers = silentWorkers();
    const analyze = createWorkerAnalyzer(workers.start);
    const first = new AbortController(), second = new AbortController();
    const a = analyze(input, () => {}, first.signal);
    const b = analyze(input, () => {}, second.signal);
    const c = analyze(input, () => {});
    second.abort(new DOMException('superseded', 'AbortError'));
    await expect(b).rejects.toMatchObject({ name: 'AbortError' });
    expect(workers.made[0]!.stopped).toBe(false);
    first.abort(new DOMException('superseded', 'AbortError'));
    await expect(a).rejects.toMatchObject({ name: 'AbortError' });
    expect(workers.made[0]!.stopped).toBe(true);
    expect(workers.made[1]!.posted.map((r) => r.id)).toEqual([3]);
    sendAnalysis(3, fixture, (m) => workers.made[1]!.w.onmessage?.({ data: m } as MessageEvent<AnalysisReply>));
    await expect(c).resolves.toEqual(fixture);
  });

  it('an abort after the analysis stops the insights it was computing', async () => {
    const workers = silentWorkers();
    const analyze = createWorkerAnalyzer(workers.start);
    const control = new AbortController();
    const run = analyze(input, () => {}, control.signal);
    const req = workers.made[0]!.posted[0]!;
    sendAnalysis(req.id, fixture, (m) => workers.made[0]!.w.onmessage?.({ data: m } as MessageEvent<AnalysisReply>));
    const analysis = await run;
    const insights = defaultInsightsSource(analysis, input);
    control.abort(new DOMException('superseded', 'AbortError'));
    await expect(insights).rejects.toMatchObject({ name: 'AbortError' });
    expect(workers.made[0]!.stopped).toBe(true);
  });
});
