import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runAnalysis } from './run-analysis.ts';
import type { CorpusManifest } from '../core/corpus.ts';

const root = new URL('../../corpus/', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('corpus.json', root), 'utf8')) as CorpusManifest;
const files = manifest.files.map((name) => ({ name, text: readFileSync(new URL(name, root), 'utf8') }));

describe('runAnalysis (what the worker runs) on the built-in corpus', () => {
  it('finds KL 54 as the central text and the four local documents, leaving KL 21 out', () => {
    const stages: string[] = [];
    const a = runAnalysis({ files, manifest }, (p) => stages.push(p.stage));
    expect(a.central.meta.number).toBe('54-KL/TW');
    expect(a.documents.map((d) => d.doc.meta.number)).toEqual(['652-CV/ĐU', '1154-CV/TU', '1698-CV/TU', null]);
    expect(stages[0]).toBe('parse');
    expect(stages.at(-1)).toBe('done');
  });

  it('throws a coded error when the central text is missing', () => {
    expect(() => runAnalysis({ files: files.slice(1), manifest }, () => {})).toThrow(expect.objectContaining({ code: 'NO_CENTRAL' }));
  });
});

describe('runAnalysis in benchmark mode', () => {
  it('generates and analyzes n documents, naming the generation stage first', () => {
    const stages: string[] = [];
    const a = runAnalysis({ files, manifest, bench: { n: 7, seed: 3 } }, (p) => stages.push(p.stage));
    expect(a.central.meta.number).toBe('54-KL/TW');
    expect(a.documents).toHaveLength(7);
    expect(stages[0]).toBe('generate');
    expect(stages.at(-1)).toBe('done');
  });
});
