// The effects stage on whole analyses: the built-in corpus (KL 54 and the letters that implement it)
// and Nghệ An's plan for Chỉ thị 32, aligned by the pipeline as it stands.
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/core/analyze.ts';
import { parseSources } from '../src/core/corpus.ts';
import { documentEffects, effectsByCentral } from '../src/core/effect-document.ts';
import { EFFECT_KINDS, effectCounts, isWeakeningOnly, type Effect } from '../src/core/effects.ts';
import type { Analysis, DocumentAnalysis } from '../src/core/types.ts';
import { builtinAnalysis } from './support/corpus.ts';
import { CT32, CT32L, SHARED } from './support/real-text.ts';
import fs from 'node:fs';
import path from 'node:path';

/** Each local clause of a document with its effects (as the pipeline attaches them) and the texts of its central sources. */
function read(a: Analysis, doc: DocumentAnalysis) {
  const text = new Map(a.centralClauses.map((c) => [c.id, c.text]));
  return doc.clauses.map((r) => ({ r, effects: r.effects ?? [], central: r.central.map((id) => text.get(id)!).join(' ') }));
}
const weakOrReassigned = (es: readonly Effect[]) => es.filter((e) => e.kind === 'weakened' || e.kind === 'reassigned');

describe('built-in corpus (KL 54)', () => {
  const { analysis } = builtinAnalysis();
  const doc = (n: string) => analysis.documents.find((d) => d.doc.meta.number === n)!;

  it('Quảng Ngãi 1698: "xử lý nghiêm, kịp thời cán bộ…" weakens KL 54 5\'s "nghiêm minh", with "minh" in the evidence, and nothing else', () => {
    const c = read(analysis, doc('1698-CV/TU')).find((x) => x.r.clause.text.startsWith('xử lý nghiêm, kịp thời cán bộ'))!;
    expect(c.effects).toEqual([expect.objectContaining({ kind: 'weakened', code: 'FORCE_SOFTENED' })]);
    expect(c.r.class).toBe('adapted');
    expect(c.effects[0]!.evidence.central).toContain('minh');
    expect(isWeakeningOnly(c.effects)).toBe(true);
  });
  it('Lạng Sơn 1154: the identical "xử lý nghiêm minh, kịp thời cán bộ…" has no effect', () => {
    const c = read(analysis, doc('1154-CV/TU')).find((x) => x.r.clause.text.startsWith('xử lý nghiêm minh, kịp thời cán bộ'))!;
    expect(c.effects).toEqual([]);
  });
  it('Lạng Sơn 1154: every clause that turns "Ban Bí thư" into "Ban Thường vụ Tỉnh ủy" is localized, not weakened, not reassigned', () => {
    const swaps = read(analysis, doc('1154-CV/TU')).filter((x) => x.central.includes('Ban Bí thư') && !x.r.clause.text.includes('Ban Bí thư') && x.r.clause.text.includes('Ban Thường vụ Tỉnh ủy'));
    expect(swaps.length).toBeGreaterThanOrEqual(2);
    for (const x of swaps) {
      expect(x.effects.some((e) => e.code === 'LEVEL_SWAP' && e.values['from'] === 'Ban Bí thư' && e.values['to'] === 'Ban Thường vụ Tỉnh ủy'), x.r.clause.id).toBe(true);
      expect(weakOrReassigned(x.effects), x.r.clause.id).toEqual([]);
    }
  });
  it('every implementing document gets effect counts, and central clauses gather the effects of their carriers', () => {
    for (const d of analysis.documents.filter((x) => x.doc.meta.role === 'implementation')) {
      expect(Object.keys(d.effectCounts!)).toEqual([...EFFECT_KINDS]);
      expect(d.effectCounts).toEqual(effectCounts(d.clauses.map((r) => r.effects ?? [])));
      expect(d.central.flatMap((s) => s.effects ?? []).length).toBeGreaterThanOrEqual(d.clauses.flatMap((r) => r.effects ?? []).length);
    }
    const qn = doc('1698-CV/TU');
    expect(qn.central.find((s) => s.id === '5-3')!.effects!.map((e) => e.kind)).toContain('weakened');
    expect(effectsByCentral(qn.clauses)['5-3']!.map((e) => e.kind)).toContain('weakened');
    expect(documentEffects(qn, analysis.centralClauses).flat().length).toBe(qn.clauses.flatMap((r) => r.effects ?? []).length);
  });
});

describe('Nghệ An 1026/KH-UBND for Chỉ thị 32/CT-TTg', () => {
  const files = [CT32, CT32L].map((f) => ({ name: path.basename(f), text: fs.readFileSync(path.join(SHARED, f), 'utf8') }));
  const [c, l] = files.map((f) => parseSources([f]));
  const central = c!.find((d) => d.blocks.some((b) => b.part === 'task'))!;
  const analysis = analyze({ central, documents: l! });
  const clauses = read(analysis, analysis.documents[0]!);

  it('Bộ Công an → Công an tỉnh and the like come out localized, not weakened', () => {
    const swaps = clauses.filter((x) => x.effects.some((e) => e.code === 'LEVEL_SWAP'));
    const police = swaps.find((x) => x.r.clause.text.includes('Phối hợp chặt chẽ với Công an tỉnh'))!;
    expect(police.effects).toEqual([expect.objectContaining({ kind: 'localized', values: expect.objectContaining({ from: 'Bộ Công an', to: 'Công an tỉnh' }) })]);
    for (const x of swaps) expect(x.effects.filter((e) => e.kind === 'weakened'), x.r.clause.id).toEqual([]);
    const to = swaps.flatMap((x) => x.effects.filter((e) => e.code === 'LEVEL_SWAP').map((e) => e.values['to']));
    expect(to).toEqual(expect.arrayContaining(['Công an tỉnh', 'Văn phòng Tỉnh ủy', 'Tòa án nhân dân tỉnh']));
  });
  it('reads "tỉnh, thành phố" reduced to the province as localized', () => {
    const all = clauses.flatMap((x) => x.effects);
    expect(all.filter((e) => e.code === 'VARIANT_CHOSEN').length).toBeGreaterThanOrEqual(3);
    expect(all.filter((e) => e.code === 'VARIANT_CHOSEN' || e.code === 'OPTION_CHOSEN').every((e) => e.kind === 'localized')).toBe(true);
  });
});
