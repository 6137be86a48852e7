import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../core/types.ts';
import { createAppStore } from '../store.ts';
import type { CorpusInput } from './corpus-slice.ts';
import type { InsightsBundle } from '../insights/insights-compute.ts';
import { defaultInsightsSource, rememberInsights, withParents } from './insights-slice.ts';
import { corpusInsights } from '../../../test/support/insights-corpus.ts';
import { fixture } from '../../../test/ui/fixtures/analysis-fixture.ts';
import { createWorkerAnalyzer } from '../../worker/analysis-client.ts';
import type { WorkerPort } from '../../worker/request-client.ts';
import type { AnalysisReply, AnalyzeRequest } from '../../worker/analysis-protocol.ts';

const input: CorpusInput = { files: [{ name: 'a.txt', text: 'x' }], manifest: { central: '54-KL/TW', parents: ['21-KL/TW'], files: ['a.txt'] } };
const bundle = (tag: string): InsightsBundle => ({
  insights: { provenance: { parents: [tag], local: [], central: [] }, rules: { rules: [], localized: [] }, citations: { central: [], documents: [], flags: [] }, tour: [] },
  parents: [],
});
const settle = () => new Promise((r) => setTimeout(r, 0));

/** A store whose analyzer records every input it is given. */
function recordingStore() {
  const inputs: CorpusInput[] = [];
  const store = createAppStore({
    loadCorpus: () => Promise.resolve(input),
    analyze: (inp) => { inputs.push(inp); return Promise.resolve({ ...fixture }); },
    insights: () => Promise.resolve(bundle('x')),
  });
  return { store, inputs };
}

describe('insights slice', () => {
  it('computes insights for each new analysis, from the input it was made from', async () => {
    const seen: { analysis: Analysis; input: CorpusInput }[] = [];
    const store = createAppStore({
      loadCorpus: () => Promise.resolve(input),
      analyze: () => Promise.resolve(fixture),
      insights: (analysis, inp) => { seen.push({ analysis, input: inp }); return Promise.resolve(bundle('one')); },
    });
    expect(store.getState().insights.status).toBe('idle');
    await store.getState().start();
    await settle();
    expect(store.getState().insights).toMatchObject({ status: 'ready', of: fixture });
    expect(store.getState().insights.result?.insights.provenance.parents).toEqual(['one']);
    expect(seen).toEqual([{ analysis: fixture, input }]);
  });

  it('keeps a failure apart from the analysis', async () => {
    const store = createAppStore({ loadCorpus: () => Promise.resolve(input), analyze: () => Promise.resolve(fixture), insights: () => Promise.reject(new Error('boom')) });
    await store.getState().start();
    await settle();
    expect(store.getState().analysis.status).toBe('ready');
    expect(store.getState().insights).toMatchObject({ status: 'error', error: 'boom' });
  });

  it('marks a document as a parent: it joins the manifest’s parents and the analysis runs again; unmarking undoes it', async () => {
    const { store, inputs } = recordingStore();
    await store.getState().start();
    await store.getState().toggleParent('thanh-uy-003');
    expect(store.getState().markedParents).toEqual(['thanh-uy-003']);
    expect(inputs.map((i) => i.manifest.parents)).toEqual([['21-KL/TW'], ['21-KL/TW', 'thanh-uy-003']]);
    expect(store.getState().analysis.status).toBe('ready');
    await store.getState().toggleParent('thanh-uy-003');
    expect(store.getState().markedParents).toEqual([]);
    expect(inputs.at(-1)?.manifest.parents).toEqual(['21-KL/TW']);
  });

  it('puts the marked parents back into a new corpus input (an import recomposes it)', async () => {
    const store = createAppStore({ loadCorpus: () => Promise.resolve(input), analyze: () => Promise.resolve({ ...fixture }), insights: () => Promise.resolve(bundle('x')) });
    await store.getState().start();
    await store.getState().toggleParent('doc-a');
    store.setState({ corpus: { status: 'ready', input: { ...input, files: [...input.files, { name: 'b.txt', text: 'y' }] }, error: null } });
    expect(store.getState().corpus.input?.manifest.parents).toEqual(['21-KL/TW', 'doc-a']);
    expect(store.getState().corpus.input?.files).toHaveLength(2);
  });

  it('keeps the marked parents when the corpus is loaded again', async () => {
    const { store, inputs } = recordingStore();
    await store.getState().start();
    await store.getState().toggleParent('doc-a');
    store.setState({ corpus: { status: 'idle', input: null, error: null }, analysis: { status: 'idle', result: null, progress: null, error: null } });
    await store.getState().start();
    expect(inputs.at(-1)?.manifest.parents).toEqual(['21-KL/TW', 'doc-a']);
  });

  it('adds parents once', () => {
    expect(withParents(input, ['21-KL/TW'])).toBe(input);
    expect(withParents(input, ['a', 'a']).manifest.parents).toEqual(['21-KL/TW', 'a']);
  });
});

describe('insights from the worker', () => {
  it('are remembered with the analysis they came with, and the default source returns them', async () => {
    const sent = bundle('from-worker');
    const w: WorkerPort<AnalyzeRequest, AnalysisReply> = {
      onmessage: null, onerror: null,
      postMessage: (req) => queueMicrotask(() => {
        const { documents, ...head } = fixture;
        const messages: AnalysisReply[] = [
          { type: 'documents', id: req.id, documents, total: documents.length }, { type: 'done', id: req.id, head }, { type: 'insights', id: req.id, insights: sent },
        ];
        for (const m of messages) w.onmessage?.({ data: m } as MessageEvent<AnalysisReply>);
      }),
    };
    const analysis = await createWorkerAnalyzer(() => w)(input, () => {});
    await expect(defaultInsightsSource(analysis, input)).resolves.toBe(sent);
  });

  it('are computed on the page when the worker sent none', async () => {
    const { input: corpus, analysis, bundle: expected } = corpusInsights();
    const got = await defaultInsightsSource({ ...analysis }, corpus);
    expect(got.parents.map((p) => p.number)).toEqual(['21-KL/TW']);
    expect(got.insights.tour.map((s) => s.kind)).toEqual(expected.insights.tour.map((s) => s.kind));
    rememberInsights(analysis, expected);
    await expect(defaultInsightsSource(analysis, corpus)).resolves.toBe(expected);
  });
});
