import { analyzeChained } from '../src/core/families.ts';
import { realCentral, realDoc } from '../test/support/real.ts';
const a = analyzeChained({ central: realCentral('nqlt102-central_102-2025-NQLT.txt'), documents: [realDoc('nqlt102-province_mttq-quang-ninh_HD-hiep-thuong-draft.txt'), realDoc('nqlt102-commune_mttq-luong-minh_KH-hiep-thuong-lan-2.txt')] });
const [g, c] = a.documents;
const rootText = new Map(a.centralClauses.map((x) => [x.id, x.text]));
const gRes = new Map(g!.clauses.map((r) => [r.clause.id, r]));
for (const o of c!.chain!.origins) {
  const r = c!.clauses.find((x) => x.clause.id === o.clause)!;
  console.log(`${o.clause.padEnd(10)} ${o.origin.padEnd(8)} direct=${r.class}:${r.central.join(',')} | ${r.clause.text.slice(0, 110)}`);
  for (const p of o.parent) { const pr = gRes.get(p)!; console.log(`      P ${p} ${pr.class} ${pr.central.join(',')} | ${pr.clause.text.slice(0, 100)}`); }
  for (const id of o.root.slice(0, 2)) console.log(`      R ${id} | ${rootText.get(id)?.slice(0, 100)}`);
}
