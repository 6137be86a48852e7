/**
 * The audit trail of one document (issue 11): every decision and every undo, in order, with who,
 * when and why; downloads as the `doichieu.reviews/1` file the command line reads (`--reviews`)
 * and as a CSV table; a reviews file can be opened (its decisions are added, a bad one refused whole).
 */
import { useRef, useState } from 'react';
import type { DocumentAnalysis } from '../../../core/types.ts';
import { isCentralDecision } from '../../../core/review-types.ts';
import { auditTable } from '../../../export/tables.ts';
import { tableCsv } from '../../../export/table-csv.ts';
import { eventsFor, toReviewsFile } from '../../../state/reviews/reviews-data.ts';
import { useAppStore } from '../../../state/use-app-store.tsx';
import { useRT } from '../../i18n/review-strings.ts';
import { downloadText } from '../export/download.ts';
import { dmyTime, statusAnswer } from './review-words.tsx';
import { content, marked } from './marked.tsx';
import { DOC_TEXT } from '../worded.tsx';
import { CLASS_LABEL } from '../../../export/labels.ts';
import { reviewsProblemWords } from './reviews-problem.ts';

const slug = (s: string) => s.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/gu, '').toLowerCase();

/** The trail of `doc`, with its downloads and the import of a reviews file. */
export function AuditPanel({ doc }: { doc: DocumentAnalysis }) {
  const t = useRT();
  const data = useAppStore((s) => s.reviews.data);
  const importFile = useAppStore((s) => s.importReviewsFile);
  const input = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState<string | null>(null);
  const events = eventsFor(data.trails, doc);
  const undone = new Set(events.flatMap(({ trail, event: e }) => (e.type === 'undo' ? [`${trail}#${e.undoes}`] : [])));
  const trails = data.trails.filter((tr) => events.some((e) => e.trail === tr.document));
  const name = slug(doc.doc.meta.number ?? doc.doc.source);
  return (
    <div className="audit" data-testid="audit-trail">
      <p className="muted">{t('trail.desc')}</p>
      {events.length ? (
        <ol className="audit__list">
          {events.map(({ trail, event: e }) => (
            <li key={`${trail}#${e.seq}`} className={`audit__event audit__event--${e.type}`}>
              {e.type === 'undo' ? (
                <span>{t('trail.undo', { seq: e.seq, undoes: e.undoes })} · <span {...DOC_TEXT}>{e.reviewer}</span>, {dmyTime(e.at)}</span>
              ) : (
                <span>
                  <strong>{t('trail.decision', { seq: e.seq })}</strong>{undone.has(`${trail}#${e.seq}`) ? ` ${t('trail.undone')}` : ''} · <span {...DOC_TEXT}>{e.decision.reviewer}</span>, {dmyTime(e.decision.at)} —{' '}
                  {isCentralDecision(e.decision)
                    ? <>«<span {...DOC_TEXT}>{e.decision.centralClause.slice(0, 90)}</span>» → {statusAnswer(t, { status: e.decision.status, by: [] })}</>
                    : <>«<span {...DOC_TEXT}>{e.decision.clause.slice(0, 90)}{e.decision.clause.length > 90 ? '…' : ''}</span>» → {CLASS_LABEL[t.lang][e.decision.class]}</>}
                  {e.decision.note ? <> · {marked((v) => t('review.note', v), { note: content(e.decision.note) })}</> : null}
                </span>
              )}
            </li>
          ))}
        </ol>
      ) : <p>{t('trail.empty')}</p>}
      <div className="button-row">
        <button type="button" className="button button--small button--quiet" data-testid="trail-json" disabled={!events.length}
          onClick={() => downloadText(`doichieu-reviews-${name}.json`, `${JSON.stringify(toReviewsFile({ ...data, trails }), null, 2)}\n`, 'application/json')}>{t('trail.exportJson')}</button>
        <button type="button" className="button button--small button--quiet" data-testid="trail-csv" disabled={!events.length}
          onClick={() => downloadText(`doichieu-audit-${name}.csv`, tableCsv(auditTable(trails, t.lang)), 'text/csv')}>{t('trail.exportCsv')}</button>
        <button type="button" className="button button--small button--quiet" onClick={() => input.current?.click()}>{t('trail.import')}</button>
        <input ref={input} type="file" accept=".json,application/json" className="visually-hidden" tabIndex={-1} aria-hidden="true" data-testid="trail-input"
          onChange={(e) => {
            const f = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (!f) return;
            void f.text().then((text) => importFile(text, f.size)).then(
              (problem) => setMessage(problem ? t('trail.refused', { why: reviewsProblemWords(t.lang, problem) }) : t('trail.imported')),
              () => setMessage(t('trail.refused', { why: '' })),
            );
          }} />
      </div>
      {message && <p role="status" className="audit__message">{message}</p>}
    </div>
  );
}
