/** The sections of the one-document inspection report: facts, findings, clause table, decisions. Worded as the .docx is. */
import type { InspectionReport } from '../../core/inspection-report.ts';
import { CLASS_LABEL, EFFECT_LABEL, dmy, type Lang } from '../../export/labels.ts';
import { UNMATCHED_WORDS, dmyTime, inspectionWords, weakenedWords } from '../../export/inspection-words.ts';
import { DOC_TEXT } from '../shared/worded.tsx';

type W = ReturnType<typeof inspectionWords>;

/** "Công văn số 1698-CV/TU ngày 17/07/2023 của Tỉnh ủy Quảng Ngãi". */
export function docName(w: W, x: { kind: string | null; number: string | null; date: string | null; issuer: string | null }): string {
  return w(x.number ? 'name' : 'name.noNumber', { kind: x.kind ?? '', number: x.number ?? '', date: x.date ? dmy(x.date) : w('unknown'), issuer: x.issuer ?? w('unknown') }).replace(/\s+/gu, ' ').trim();
}

export function Facts({ r, w }: { r: InspectionReport; w: W }) {
  const d = r.document, c = r.central, s = r.summary;
  return (
    <section className="insp__section" aria-labelledby="insp-doc">
      <h2 id="insp-doc">{w('doc.heading')}</h2>
      <p>{w('doc.document', { name: docName(w, d) })}</p>
      {d.title && <p {...DOC_TEXT}>{w('doc.title', { title: d.title })}</p>}
      <p data-testid="insp-source">{w('doc.source', { source: d.source })}</p>
      <p>{w('doc.central', { name: docName(w, c) })}</p>
      {c.title && <p {...DOC_TEXT}>{w('doc.centralTitle', { title: c.title })}</p>}
      <p>{w('doc.centralSource', { source: c.source })}</p>
      {d.lagDays !== null && <p>{w('doc.lag', { days: d.lagDays })}</p>}
      <p>{w('doc.tasks', s.tasks)}</p>
      <p>{w('doc.local', { ...s.local, total: s.local.verbatim + s.local.adapted + s.local.added })}</p>
      <p className="insp__share" data-testid="insp-share"><em>{s.reviewed ? w('doc.reviewed', { reviewed: s.reviewed, answers: s.answers }) : w('doc.notReviewed', { answers: s.answers })}</em></p>
    </section>
  );
}

const ClauseList = ({ items, w }: { items: readonly { id: string; text: string }[]; w: W }) => (items.length
  ? <ol className="insp__list">{items.map((x) => <li key={x.id}><span className="insp__id">[{x.id}]</span> <span {...DOC_TEXT}>{x.text}</span></li>)}</ol>
  : <p className="insp__none">{w('findings.none')}</p>);

export function Findings({ r, w, lang }: { r: InspectionReport; w: W; lang: Lang }) {
  const f = r.findings;
  return (
    <section className="insp__section" aria-labelledby="insp-findings" data-testid="insp-findings">
      <h2 id="insp-findings">{w('findings.heading')}</h2>
      <h3>{w('findings.omitted', { n: f.omitted.length })}</h3>
      <ClauseList items={f.omitted} w={w} />
      <h3>{w('findings.weakened', { n: f.weakened.length })}</h3>
      {f.weakened.length ? (
        <ol className="insp__list">{f.weakened.map((x) => (
          <li key={x.clause.id}>
            <span className="insp__id">[{x.clause.id}]</span> <span {...DOC_TEXT}>{w('weakened.local', { text: x.clause.text })}</span>
            <br /><em {...DOC_TEXT}>{w('weakened.central', { ids: x.central.map((c) => c.id).join(', '), text: x.central.map((c) => c.text).join(' ') })}</em>
            <br />{w('weakened.evidence', { what: x.effects.map((e) => weakenedWords(lang, e)).join('; ') })}
          </li>
        ))}</ol>
      ) : <p className="insp__none">{w('findings.none')}</p>}
      <h3>{w('findings.added', { n: f.added.length })}</h3>
      <ClauseList items={f.added} w={w} />
    </section>
  );
}

export function ClauseTable({ r, w, lang }: { r: InspectionReport; w: W; lang: Lang }) {
  return (
    <section className="insp__section" aria-labelledby="insp-table">
      <h2 id="insp-table">{w('table.heading')}</h2>
      <table className="insp__table" data-testid="insp-table">
        <thead><tr><th scope="col">{w('table.id')}</th><th scope="col">{w('table.class')}</th><th scope="col">{w('table.central')}</th><th scope="col">{w('table.text')}</th><th scope="col">{w('table.effects')}</th></tr></thead>
        <tbody>{r.clauses.map((c) => (
          <tr key={c.id} className={c.reviewed ? 'insp__row--reviewed' : undefined}>
            <td className="nowrap">{c.id}</td><td>{CLASS_LABEL[lang][c.class]}{c.reviewed ? '*' : ''}</td><td>{c.central.join(', ')}</td>
            <td {...DOC_TEXT}>{c.text}</td><td>{c.effects.map((k) => EFFECT_LABEL[lang][k]).join(', ')}</td>
          </tr>
        ))}</tbody>
      </table>
      {r.clauses.some((c) => c.reviewed) && <p className="insp__small"><em>{w('table.reviewedMark')}</em></p>}
    </section>
  );
}

export function Decisions({ r, w, lang }: { r: InspectionReport; w: W; lang: Lang }) {
  const cls = (a: { class: keyof (typeof CLASS_LABEL)['vi']; central: readonly string[] }) => (a.central.length ? w('answer.fromCentral', { cls: CLASS_LABEL[lang][a.class], ids: a.central.join(', ') }) : CLASS_LABEL[lang][a.class]);
  const st = (a: { status: keyof (typeof CLASS_LABEL)['vi']; by: readonly string[] }) => (a.by.length ? w('answer.carriedBy', { status: CLASS_LABEL[lang][a.status], ids: a.by.join(', ') }) : CLASS_LABEL[lang][a.status]);
  return (
    <section className="insp__section" aria-labelledby="insp-decisions" data-testid="insp-decisions">
      <h2 id="insp-decisions">{w('decisions.heading', { n: r.decisions.length })}</h2>
      {!r.decisions.length && <p className="insp__none">{w('decisions.none')}</p>}
      {r.decisions.map((x, i) => (
        <div key={i} className="insp__decision">
          <p><strong {...DOC_TEXT}>{w(x.target === 'clause' ? 'decision.clause' : 'decision.central', { id: x.clause.id, text: x.clause.text })}</strong></p>
          <p>{w('decision.machine', { answer: x.target === 'clause' ? cls(x.machine) : st(x.machine) })}</p>
          <p>{w('decision.answer', { answer: x.target === 'clause' ? cls(x.answer) : st(x.answer) })}</p>
          <p>{w('decision.who', { by: x.by, at: dmyTime(x.at) })}</p>
          <p><em>{x.note.trim() ? w('decision.note', { note: x.note }) : w('decision.noNote')}</em></p>
        </div>
      ))}
      {r.unmatched.length > 0 && (
        <div className="unmatched">
          <h3>{w('unmatched.heading', { n: r.unmatched.length })}</h3>
          <ul>{r.unmatched.map((u) => <li key={u.index}>{w('unmatched.item', { value: u.value, reason: UNMATCHED_WORDS[lang][u.reason] ?? u.reason, by: u.decision.reviewer, at: dmyTime(u.decision.at) })}</li>)}</ul>
        </div>
      )}
    </section>
  );
}
