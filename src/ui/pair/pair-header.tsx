/** Pair view heading: the two documents, a switcher between local documents, and the local document's facts. */
import type { Analysis, DocumentAnalysis } from '../../core/types.ts';
import { shortName } from '../../state/doc-label.ts';
import { useT } from '../i18n/use-t.ts';
import { dateLabel, lagLabel, numberLabel, roleLabel } from '../shared/labels.ts';
import { DocSwitcher } from './doc-switcher.tsx';

/** Title, the way to other documents, and facts. */
export function PairHeader({ analysis, current }: { analysis: Analysis; current: DocumentAnalysis }) {
  const t = useT();
  const m = current.doc.meta;
  const c = analysis.central.meta;
  return (
    <header className="pair-head">
      <h1 className="pair-head__title">
        <span>{[c.kind, numberLabel(t, c.number)].filter(Boolean).join(' ')}</span>
        <span className="pair-head__arrow" aria-hidden="true"> ↔ </span>
        <span className="visually-hidden"> — </span>
        <span>{current.doc.front['label'] ?? m.issuer ?? shortName(current.doc)} · {numberLabel(t, m.number)}</span>
      </h1>
      <div className="pair-head__row">
      <DocSwitcher analysis={analysis} current={current} />
      <dl className="facts">
        <div><dt>{t('table.date')}</dt><dd>{dateLabel(t, m.date)}</dd></div>
        <div><dt>{t('table.lag')}</dt><dd>{lagLabel(t, current.lagDays)}</dd></div>
        <div><dt>{t('table.role')}</dt><dd>{roleLabel(t, m.role)}</dd></div>
        {m.signer && <div><dt>{t('doc.signer')}</dt><dd>{m.signer}</dd></div>}
      </dl>
      </div>
      {m.notes.length > 0 && (
        <details className="meta-notes">
          <summary>{t('doc.notes')}</summary>
          <ul lang="en">{m.notes.map((n) => <li key={n}>{n}</li>)}</ul>
        </details>
      )}
    </header>
  );
}
