/** The sections of the one-document inspection report: facts, findings, clause table, decisions. Worded as the .docx is. */
import type { InspectionReport } from '../../core/inspection-report.ts';
import { CLASS_LABEL, dmy, type Lang } from '../../export/labels.ts';
import { EFFECT_KIND_WORDS } from '../../messages/effect-kinds.ts';
import { UNMATCHED_WORDS, dmyTime, inspectionWords, weakenedWords } from '../../export/inspection-words.ts';
import type { ReactNode } from 'react';
import { DOC_TEXT } from '../shared/worded.tsx';
import { content, marked } from '../shared/review/marked.tsx';

type W = ReturnType<typeof inspectionWords>;

/** Clause ids as people read them ("Nhiệm vụ 3, câu 1"), local and central. */
export interface Names { readonly local: (id: string) => string; readonly central: (id: string) => string }

/** "Công văn số 1698-CV/TU ngày 17/07/2023 của Tỉnh ủy Quảng Ngãi", the document's own words marked. */
export function docName(w: W, x: { kind: string | null; number: string | null; date: string | null; issuer: string | null }): ReactNode {
  return marked((v) => w(x.number ? 'name' : 'name.noNumber', v).replace(/\s+/gu, ' ').trim(), {
    kind: content(x.kind ?? ''), number: content(x.number ?? ''), date: x.date ? dmy(x.date) : w('unknown'), issuer: x.issuer ? content(x.issuer) : w('unknown'),
  });
}

/** Line `key` of the report with `vars`, content values marked. */
const line = (w: W, key: Parameters<W>[0], vars: Parameters<typeof marked>[1]) => marked((v) => w(key, v), vars);

export function Facts({ r, w }: { r: InspectionReport; w: W }) {
  const d = r.document, c = r.central, s = r.summary;
  return (
    <section className="insp__section" aria-labelledby="insp-doc">
      <h2 id="insp-doc">{w('doc.heading')}</h2>
      <p>{line(w, 'doc.document', { name: { node: docName(w, d) } })}</p>
      {d.title && <p>{line(w, 'doc.title', { title: content(d.title) })}</p>}
      <p data-testid="insp-source">{line(w, 'doc.source', { source: content(d.source) })}</p>
      <p>{line(w, 'doc.central', { name: { node: docName(w, c) } })}</p>
      {c.title && <p>{line(w, 'doc.centralTitle', { title: content(c.title) })}</p>}
      <p>{line(w, 'doc.centralSource', { source: content(c.source) })}</p>
      {d.lagDays !== null && <p>{w('doc.lag', { days: d.lagDays })}</p>}
      <p>{w('doc.tasks', s.tasks)}</p>
      <p>{w('doc.local', { ...s.local, total: s.local.verbatim + s.local.adapted + s.local.added })}</p>
      <p className="insp__share" data-testid="insp-share"><em>{s.reviewed ? w('doc.reviewed', { reviewed: s.reviewed, answers: s.answers }) : w('doc.notReviewed', { answers: s.answers })}</em></p>
    </section>
  );
}

const ClauseList = ({ items, w, name, testId }: { items: readonly { id: string; text: string }[]; w: W; name: (id: string) => string; testId: string }) => (items.length
  ? <ol className="insp__list" data-testid={testId}>{items.map((x) => <li key={x.id}><span className="insp__id">[{name(x.id)}]</span> <span {...DOC_TEXT}>{x.text}</span></li>)}</ol>
  : <p className="insp__none" data-testid={testId}>{w('findings.none')}</p>);

export function Findings({ r, w, lang, n }: { r: InspectionReport; w: W; lang: Lang; n: Names }) {
  const f = r.findings;
  return (
    <section className="insp__section" aria-labelledby="insp-findings" data-testid="insp-findings">
      <h2 id="insp-findings">{w('findings.heading')}</h2>
      <h3>{w('findings.omitted', { n: f.omitted.length })}</h3>
      <ClauseList items={f.omitted} w={w} name={n.central} testId="insp-omitted" />
      <h3>{w('findings.weakened', { n: f.weakened.length })}</h3>
      {f.weakened.length ? (
        <ol className="insp__list">{f.weakened.map((x) => (
          <li key={x.clause.id}>
            <span className="insp__id">[{n.local(x.clause.id)}]</span> {line(w, 'weakened.local', { text: content(x.clause.text) })}
            <br /><em>{line(w, 'weakened.central', { ids: x.central.map((c) => n.central(c.id)).join('; '), text: content(x.central.map((c) => c.text).join(' ')) })}</em>
            <br />{line(w, 'weakened.evidence', { what: content(x.effects.map((e) => weakenedWords(lang, e)).join('; ')) })}
          </li>
        ))}</ol>
      ) : <p className="insp__none">{w('findings.none')}</p>}
      <h3>{w('findings.added', { n: f.added.length })}</h3>
      <ClauseList items={f.added} w={w} name={n.local} testId="insp-added" />
    </section>
  );
}

export function ClauseTable({ r, w, lang, n }: { r: InspectionReport; w: W; lang: Lang; n: Names }) {
  return (
    <section className="insp__section" aria-labelledby="insp-table">
      <h2 id="insp-table">{w('table.heading')}</h2>
      <table className="insp__table" data-testid="insp-table">
        <thead><tr><th scope="col">{w('table.id')}</th><th scope="col">{w('table.class')}</th><th scope="col">{w('table.central')}</th><th scope="col">{w('table.text')}</th><th scope="col">{w('table.effects')}</th></tr></thead>
        <tbody>{r.clauses.map((c) => (
          <tr key={c.id} className={c.reviewed ? 'insp__row--reviewed' : undefined}>
            <td>{n.local(c.id)}</td><td>{CLASS_LABEL[lang][c.class]}{c.reviewed ? '*' : ''}</td><td>{c.central.map(n.central).join('; ')}</td>
            <td {...DOC_TEXT}>{c.text}</td><td>{c.effects.map((k) => EFFECT_KIND_WORDS[lang][k]).join(', ')}</td>
          </tr>
        ))}</tbody>
      </table>
      {r.clauses.some((c) => c.reviewed) && <p className="insp__small"><em>{w('table.reviewedMark')}</em></p>}
    </section>
  );
}

export function Decisions({ r, w, lang, n }: { r: InspectionReport; w: W; lang: Lang; n: Names }) {
  const cls = (a: { class: keyof (typeof CLASS_LABEL)['vi']; central: readonly string[] }) => (a.central.length ? w('answer.fromCentral', { cls: CLASS_LABEL[lang][a.class], ids: a.central.map(n.central).join('; ') }) : CLASS_LABEL[lang][a.class]);
  const st = (a: { status: keyof (typeof CLASS_LABEL)['vi']; by: readonly string[] }) => (a.by.length ? w('answer.carriedBy', { status: CLASS_LABEL[lang][a.status], ids: a.by.map(n.local).join('; ') }) : CLASS_LABEL[lang][a.status]);
  return (
    <section className="insp__section" aria-labelledby="insp-decisions" data-testid="insp-decisions">
      <h2 id="insp-decisions">{w('decisions.heading', { n: r.decisions.length })}</h2>
      {!r.decisions.length && <p className="insp__none">{w('decisions.none')}</p>}
      {r.decisions.map((x, i) => (
        <div key={i} className="insp__decision">
          <p><strong>{line(w, x.target === 'clause' ? 'decision.clause' : 'decision.central', { id: x.target === 'clause' ? n.local(x.clause.id) : n.central(x.clause.id), text: content(x.clause.text) })}</strong></p>
          <p>{w('decision.machine', { answer: x.target === 'clause' ? cls(x.machine) : st(x.machine) })}</p>
          <p>{w('decision.answer', { answer: x.target === 'clause' ? cls(x.answer) : st(x.answer) })}</p>
          <p>{line(w, 'decision.who', { by: content(x.by), at: dmyTime(x.at) })}</p>
          <p><em>{x.note.trim() ? line(w, 'decision.note', { note: content(x.note) }) : w('decision.noNote')}</em></p>
        </div>
      ))}
      {r.unmatched.length > 0 && (
        <div className="unmatched">
          <h3>{w('unmatched.heading', { n: r.unmatched.length })}</h3>
          <ul>{r.unmatched.map((u) => <li key={u.index}>{line(w, 'unmatched.item', { value: content(u.value), reason: UNMATCHED_WORDS[lang][u.reason] ?? u.reason, by: content(u.decision.reviewer), at: dmyTime(u.decision.at) })}</li>)}</ul>
        </div>
      )}
    </section>
  );
}
