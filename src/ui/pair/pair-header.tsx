/** Pair view heading: the two documents, a switcher between local documents, and the local document's facts. */
import type { Analysis, DocumentAnalysis } from '../../core/types.ts';
import { frontLabel, shortName } from '../../state/doc-label.ts';
import { useT } from '../i18n/use-t.ts';
import { lagLabel, roleLabel } from '../shared/labels.ts';
import { DocFields, RoleNote } from '../shared/field/doc-fields.tsx';
import { DocSwitcher } from './doc-switcher.tsx';
import { wordNote } from '../../messages/note-words.ts';
import { DOC_TEXT, DocNumber, DocTitle, Worded } from '../shared/worded.tsx';

/** Title, the way to other documents, and facts. */
export function PairHeader({ analysis, current }: { analysis: Analysis; current: DocumentAnalysis }) {
  const t = useT();
  const m = current.doc.meta;
  const c = analysis.central.meta;
  return (
    <header className="pair-head">
      <h1 className="pair-head__title">
        <span><DocTitle kind={c.kind} number={c.number} /></span>
        <span className="pair-head__arrow" aria-hidden="true"> ↔ </span>
        <span className="visually-hidden"> — </span>
        <span><span {...DOC_TEXT}>{frontLabel(current.doc, t.lang) ?? m.issuer ?? shortName(current.doc)}</span> · <DocNumber number={m.number} /></span>
      </h1>
      <div className="pair-head__row">
      <DocSwitcher analysis={analysis} current={current} />
      <dl className="facts" data-testid="pair-fields">
        <DocFields meta={m} />
        <div><dt>{t('table.lag')}</dt><dd>{lagLabel(t, current.lagDays)}</dd></div>
        <div data-field="role"><dt>{t('table.role')}</dt><dd>{roleLabel(t, m.role)}</dd></div>
      </dl>
      </div>
      <RoleNote meta={m} />
      {m.noteCodes.length > 0 && (
        <details className="meta-notes">
          <summary>{t('doc.notes')}</summary>
          <ul>{m.noteCodes.map((n, i) => <li key={i} data-note={n.code}><Worded piece={wordNote(t.lang, n)} /></li>)}</ul>
        </details>
      )}
    </header>
  );
}
