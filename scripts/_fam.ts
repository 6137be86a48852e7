import { analyzeFamilies } from '../src/core/families.ts';
import { realCentral, realDoc } from '../test/support/real.ts';
import { parseDocuments } from '../src/core/parse-document.ts';
import { readFileSync } from 'node:fs';
const seed = (f: string) => parseDocuments(f, readFileSync(`../shared/seeds/${f}`, 'utf8'));
const kl54 = seed('000_7f29557a9ae7284d.txt').find((d) => d.meta.number === '54-KL/TW')!;
const t0 = performance.now();
const r = analyzeFamilies({
  centrals: [realCentral('ct32-central_32-CT-TTg_quoted-in-article.txt'), realCentral('kl221-central_221-KL-TW.txt'), kl54, realCentral('nqlt102-central_102-2025-NQLT.txt')],
  documents: [realDoc('ct32-local_nghe-an_1026-KH-UBND.txt'), realDoc('kl221-local_ban-chi-dao-chinh-phu_174-CV-BCD.txt'), ...seed('001_84c014d27a31ff24.txt'), ...seed('003_9075f3a2eb5402b7.txt'), ...seed('002_9ae54c1010a49905.txt'), realDoc('negative_news-summary_74-NQ-CP.txt'),
   realDoc('nqlt102-province_mttq-quang-ninh_HD-hiep-thuong-draft.txt'), realDoc('nqlt102-commune_mttq-luong-minh_KH-hiep-thuong-lan-2.txt'), realDoc('nqlt102-commune-other_mttq-luong-minh_KH-25-11-2025_cites-NQ101.txt'),
   realDoc('negative_english-summary_19-CT-TTg.txt'), realDoc('qd22-local_tphcm_3210-QD-UBND_decision-with-attached-plan.txt'), realDoc('kl127-central_127-KL-TW_news-repost.txt'), ...seed('004_2db8125d1e88a77c.txt')],
});
console.log(((performance.now() - t0) / 1000).toFixed(1), 's');
for (const f of r.families) {
  console.log('==', f.central.meta.number);
  for (const d of f.documents) console.log('  ', d.doc.id, JSON.stringify(d.route), d.doc.meta.role, d.chain ? `parent=${d.chain.parent} depth=${d.chain.depth} omitted=${JSON.stringify({ p: d.chain.omitted.parent.length, r: d.chain.omitted.root.length, d: d.chain.omitted.dropped.length })} origins=${JSON.stringify(d.chain.origins.reduce((m: Record<string, number>, o) => ({ ...m, [o.origin]: (m[o.origin] ?? 0) + 1 }), {}))}` : '');
}
console.log('== unrouted');
for (const u of r.unrouted) console.log('  ', u.doc.id, JSON.stringify(u.reason));
