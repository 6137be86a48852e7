// Reasons and notes as data: every local clause of the built-in corpus carries `why` (a code and
// values) saying what its English `reason` line says, and every metadata note a `noteCodes` entry,
// in the same order. Read on the real seeds, not on hand-made documents.
import { describe, expect, it } from 'vitest';
import { toReport } from '../src/core/report.ts';
import type { Reason } from '../src/core/reasons.ts';
import type { ClauseResult } from '../src/core/types.ts';
import { builtinAnalysis, parseCorpusFile } from './support/corpus.ts';

/** What the English line says about a clause, as the code `why` must carry. */
function codeOfReasonLine(r: ClauseResult): Reason['code'] | 'adapted' {
  if (r.class === 'added') return 'no-source';
  if (/^adapted: weakens/u.test(r.reason)) return 'weakens';
  if (r.class === 'adapted') return 'adapted';
  if (/^verbatim: words \d+–\d+ of /u.test(r.reason)) return 'split-verbatim';
  if (/identical wording/u.test(r.reason) && !/; [+−]/u.test(r.reason)) return 'identical';
  if (/; [+−]/u.test(r.reason)) return 'near-verbatim';
  return 'cosmetic';
}

describe('why: the reason of every clause as data', () => {
  const { analysis } = builtinAnalysis();
  const results = analysis.documents.flatMap((d) => d.clauses);

  it('agrees with the reason line on the code, the sources and the shares', () => {
    expect(results.length).toBeGreaterThan(100);
    for (const r of results) {
      const expected = codeOfReasonLine(r);
      const code = r.why.code;
      if (expected === 'adapted') expect(['substitutions', 'adds-words', 'drops-words', 'rewritten'], r.reason).toContain(code);
      else expect(code, r.reason).toBe(expected);
      const share = /(\d+)% of (?:its wording|words shared)/u.exec(r.reason)?.[1];
      if (r.why.code === 'no-source') {
        expect(String(r.why.values.share), r.reason).toBe(share);
        const nearest = /\(nearest: ([^)]+)\)/u.exec(r.reason)?.[1] ?? null;
        expect(r.why.values.nearest).toBe(nearest);
      } else {
        expect(String(r.why.values.shared), r.reason).toBe(share);
        expect(r.why.values.central).toEqual(r.central);
      }
      if (r.why.code === 'substitutions') {
        for (const s of r.why.values.swaps) expect(r.reason).toContain(`${s.from} → ${s.to}`);
      }
      if (r.why.code === 'adds-words') expect(r.reason).toContain(`adds ${r.why.values.inserted} words`);
      if (r.why.code === 'drops-words') expect(r.reason).toContain(`drops ${r.why.values.deleted} words`);
      if (r.why.code === 'cosmetic') expect(r.reason).toContain(`cosmetic only: ${r.why.values.cosmetic.join(', ')}`);
    }
  });

  it('meets every kind of reason the corpus holds: added, identical, cosmetic, substitutions', () => {
    const codes = new Set(results.map((r) => r.why.code));
    for (const c of ['no-source', 'identical', 'cosmetic', 'substitutions'] as const) expect(codes).toContain(c);
    // Lạng Sơn's asset-declaration clause is the corpus's own (gold: added), and says which central clause came nearest.
    const asset = results.find((r) => r.clause.text.startsWith('Chỉ đạo thực hiện nghiêm việc kê khai tài sản'))!;
    expect(asset.why).toMatchObject({ code: 'no-source', values: { nearest: expect.stringMatching(/^\d+-\d+$/u) } });
  });

  it('is in the JSON report beside the reason line', () => {
    const report = toReport(analysis);
    const c = report.documents[1]!.clauses[0]!;
    expect(c.why).toEqual(analysis.documents[1]!.clauses[0]!.why);
    expect(typeof c.reason).toBe('string');
  });
});

describe('noteCodes: the metadata notes as data', () => {
  it('seed 003 (Thành ủy): the issuer read from the lead-in, the kind from "Công văn này"', () => {
    const [doc] = parseCorpusFile('thanh-uy-003.txt');
    expect(doc!.meta.noteCodes).toEqual([
      { code: 'issuer-from-lead-in', values: { words: 'Thành ủy', place: false } },
      { code: 'kind-from-self-reference', values: { kind: 'Công văn' } },
    ]);
    expect(doc!.meta.notes).toHaveLength(2);
  });

  it('seed 000: KL 54 takes its number and date from the cover letter that forwards it', () => {
    const [, kl] = parseCorpusFile('ttxvn-652-cv-du-and-kl-54.txt');
    expect(kl!.meta.noteCodes).toEqual([{ code: 'number-from-letter', values: { letter: '652-CV/ĐU', date: true } }]);
    expect(kl!.meta.notes[0]).toMatch(/^number and date: .*652-CV\/ĐU$/u);
  });

  it('go with the notes one for one in every document of the corpus, and into the report', () => {
    const { analysis } = builtinAnalysis();
    for (const d of analysis.documents) {
      expect(d.doc.meta.noteCodes.map((n) => n.code.split('-')[0])).toEqual(d.doc.meta.notes.map((n) => n.split(/[: ]/u)[0]));
    }
    const report = toReport(analysis);
    expect(report.documents.map((d) => d.noteCodes)).toEqual(analysis.documents.map((d) => d.doc.meta.noteCodes));
  });
});
