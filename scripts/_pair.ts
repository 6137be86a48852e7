import { analyze } from '../src/core/analyze.ts';
import { realCentral, realDoc } from '../test/support/real.ts';
const [c, l] = process.argv.slice(2);
const a = analyze({ central: realDoc(c!), documents: [realDoc(l!)] });
const d = a.documents[0]!;
const cc = new Map(a.centralClauses.map((x) => [x.id, x]));
console.log(d.doc.meta.implements, d.doc.meta.role, d.coverage.tasks, d.doc.meta.notes);
for (const r of d.clauses) console.log(r.clause.id.padEnd(12), r.class.padEnd(8), r.similarity.toFixed(2), r.central.join(','), '|', r.clause.text.slice(0, 80), '||', r.central.map((id) => cc.get(id)?.text.slice(0, 70)).join(' // '));
