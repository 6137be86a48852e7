/**
 * The inspection report of one document (issue 11), `#/report/<doc>`: what an inspector signs
 * after reading one letter against the central text. Findings first, then the clause table, the
 * reviewer's decisions with their reasons, her conclusion and the signature block; A4 with page
 * numbers when printed, and the same report as a Word file (src/export/inspection-docx.ts).
 */
import { useMemo } from 'react';
import type { Analysis } from '../../core/types.ts';
import { conclusionFor, inspectionReport } from '../../core/inspection-report.ts';
import { documentAnchor } from '../../core/review-decisions.ts';
import { inspectionWords } from '../../export/inspection-words.ts';
import { useAppStore } from '../../state/use-app-store.tsx';
import { HOME, pairRoute } from '../../state/route/route.ts';
import { localIso } from '../../state/reviews/review-target.ts';
import { useRT } from '../i18n/review-strings.ts';
import { href, useRoute } from '../shared/use-route-href.ts';
import { downloadBlob } from '../shared/export/download.ts';
import { ClauseTable, Decisions, Facts, Findings, docName, type Names } from './inspection-sections.tsx';
import { clauseLabel } from '../../messages/clause-label.ts';
import { ConclusionForm } from './conclusion-form.tsx';
import { content, marked } from '../shared/review/marked.tsx';
import { DOC_TEXT } from '../shared/worded.tsx';
import '../shared/review/review.css';
import './inspection.css';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

function Inspection({ analysis, docId }: { analysis: Analysis; docId: string }) {
  const t = useRT();
  const route = useRoute();
  const conclusions = useAppStore((s) => s.reviews.data.conclusions);
  const doc = analysis.documents.find((d) => d.doc.id === docId);
  const conclusion = doc ? conclusionFor(conclusions, doc) : null;
  const report = useMemo(() => (doc ? inspectionReport(analysis, docId, { conclusion, date: localIso().slice(0, 10) }) : null), [analysis, doc, docId, conclusion]);
  if (!doc || !report) return <div className="page"><p>{t('insp.notFound', { id: docId })} <a href={href({ ...HOME, lang: route.lang })}>←</a></p></div>;
  const lang = t.lang;
  const w = inspectionWords(lang);
  const localPart = new Map(doc.clauses.map((x) => [x.clause.id, x.clause.part]));
  const centralPart = new Map(analysis.centralClauses.map((x) => [x.id, x.part]));
  const n: Names = { local: (id) => clauseLabel(lang, id, localPart.get(id)), central: (id) => clauseLabel(lang, id, centralPart.get(id)) };
  const c = report.central, d = report.document, sig = report.signature;
  const [y, m, dd] = sig.date.split('-');
  const downloadDocx = async () => {
    const { inspectionDocx } = await import('../../export/inspection-docx.ts');
    const bytes = await inspectionDocx(report, lang);
    const name = (d.number ?? d.source).replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/gu, '').toLowerCase();
    downloadBlob(`bao-cao-kiem-tra-${name}.docx`, new Blob([new Uint8Array(bytes)], { type: DOCX }));
  };
  return (
    <article className="insp" data-testid="inspection-page">
      <div className="insp__toolbar no-print">
        <p className="insp__toolbar-text">{t('insp.toolbar')}</p>
        <div className="button-row">
          <a href={href(pairRoute(route, docId))}>{t('insp.back')}</a>
          <button type="button" className="button" onClick={() => window.print()} data-testid="insp-print">{t('insp.print')}</button>
          <button type="button" className="button button--quiet" onClick={() => void downloadDocx()} data-testid="insp-docx">{t('insp.docx')}</button>
          <a href={href({ ...HOME, view: 'report', lang: route.lang })}>{t('insp.all')}</a>
        </div>
      </div>
      <header className="insp__head">
        <p className="insp__kicker no-print">{t('insp.kicker')}</p>
        <h1 className="insp__title">{w('title')}</h1>
        <p className="insp__subtitle">{marked((v) => w('subtitle', v), { central: content([c.kind, c.number].filter(Boolean).join(' ')), issuer: content(d.issuer ?? d.source) })}</p>
        <p className="insp__running">{docName(w, d)}</p>
      </header>
      <Facts r={report} w={w} />
      <Findings r={report} w={w} lang={lang} n={n} />
      <ClauseTable r={report} w={w} lang={lang} n={n} />
      <Decisions r={report} w={w} lang={lang} n={n} />
      <section className="insp__section" aria-labelledby="insp-conclusion">
        <h2 id="insp-conclusion">{w('conclusion.heading')}</h2>
        {report.conclusion
          ? <div className="insp__conclusion" data-testid="insp-conclusion" {...DOC_TEXT}>{report.conclusion.split(/\r?\n/u).map((line, i) => <p key={i}>{line}</p>)}</div>
          : <div className="insp__blank" aria-hidden="true">{[0, 1, 2, 3].map((i) => <p key={i}>{'.'.repeat(110)}</p>)}</div>}
        <ConclusionForm key={documentAnchor(doc).document} document={documentAnchor(doc).document} current={conclusion} />
      </section>
      <footer className="insp__signature" data-testid="insp-signature">
        <p><em>{marked((v) => w('signature.placeDate', v), { place: content(sig.place ?? '…………'), d: dd ?? '', m: m ?? '', y: y ?? '' })}</em></p>
        <p><strong>{sig.title ? <span {...DOC_TEXT}>{sig.title}</span> : w('signature.title')}</strong></p>
        <p className="insp__sign-space" />
        <p><strong {...DOC_TEXT}>{sig.signer ?? ''}</strong></p>
      </footer>
    </article>
  );
}

/** The page for `route.doc`. */
export default function InspectionPage() {
  const analysis = useAppStore((s) => s.analysis.result);
  const route = useRoute();
  if (!analysis || !route.doc) return null;
  return <Inspection analysis={analysis} docId={route.doc} key={route.doc} />;
}
