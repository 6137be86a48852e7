import { describe, expect, it } from 'vitest';
import { createWorkerAnalyzer, type WorkerLike } from './worker-client.ts';
import type { AnalyzeRequest, WorkerMessage } from './protocol.ts';
import { fixture } from '../../test/ui/fixtures/analysis-fixture.ts';
import type { Progress } from '../state/analysis-slice.ts';

const input = { files: [], manifest: { central: '54-KL/TW', parents: [], files: [] } };

function fakeWorker(reply: (req: AnalyzeRequest, send: (m: WorkerMessage) => void) => void) {
  let starts = 0;
  const start = (): WorkerLike => {
    starts++;
    const w: WorkerLike = {
      onmessage: null,
      onerror: null,
      postMessage: (req) => queueMicrotask(() => reply(req, (m) => w.onmessage?.({ data: m } as MessageEvent<WorkerMessage>))),
    };
    return w;
  };
  return { start, starts: () => starts };
}

describe('worker client', () => {
  it('forwards progress and resolves with the analysis, reusing one worker', async () => {
    const fake = fakeWorker((req, send) => {
      send({ type: 'progress', id: req.id, progress: { done: 1, total: 2, stage: 'x' } });
      send({ type: 'done', id: req.id, analysis: fixture });
    });
    const analyze = createWorkerAnalyzer(fake.start);
    const seen: Progress[] = [];
    await expect(analyze(input, (p) => seen.push(p))).resolves.toBe(fixture);
    await analyze(input, () => {});
    expect(seen).toEqual([{ done: 1, total: 2, stage: 'x' }]);
    expect(fake.starts()).toBe(1);
  });

  it('rejects with the coded failure the worker sends', async () => {
    const fake = fakeWorker((req, send) => send({ type: 'error', id: req.id, failure: { code: 'NO_CENTRAL', source: 'x', message: 'm' } }));
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
