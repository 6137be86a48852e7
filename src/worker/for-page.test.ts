import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { forPage } from './for-page.ts';
import { runAnalysis } from './run-analysis.ts';
import type { CorpusManifest } from '../core/corpus.ts';
import type { DocumentAnalysis } from '../core/types.ts';

const root = new URL('../../corpus/', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('corpus.json', root), 'utf8')) as CorpusManifest;
const files = manifest.files.map((name) => ({ name, text: readFileSync(new URL(name, root), 'utf8') }));

describe('what crosses to the page', () => {
  it('drops local clause tokens and keeps everything else', () => {
    const d = runAnalysis({ files, manifest }, () => {}).documents[1]!;
    expect(d.clauses.some((r) => r.clause.tokens.length > 0)).toBe(true);
    const slim = forPage(d);
    expect(slim.clauses.every((r) => r.clause.tokens.length === 0)).toBe(true);
    const strip = (x: DocumentAnalysis) => JSON.stringify({ ...x, clauses: x.clauses.map((r) => ({ ...r, clause: { ...r.clause, tokens: [] } })) });
    expect(strip(slim)).toBe(strip(d));
  });
});
