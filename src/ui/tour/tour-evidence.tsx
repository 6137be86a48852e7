/** What a tour step puts on screen: the clauses it is about, their diff, source or spread across documents. */
import type { ReactNode } from 'react';
import type { TourEvidence, TourStepView } from '../../state/combine/combine-tour.ts';
import type { InsightsBundle } from '../../state/insights/insights-compute.ts';
import { highlightShared } from '../../state/combine/combine-provenance.ts';
import { ClassBadge } from '../shared/class-badge.tsx';
import { DiffView } from '../shared/diff-view.tsx';
import { useT } from '../i18n/use-t.ts';
import { clauseLabel, dateLabel, lagLabel } from '../shared/labels.ts';
import { DOC_TEXT, DocNumber, Worded } from '../shared/worded.tsx';
import { docText } from '../../messages/words.ts';
import { docTitle } from '../../messages/kinds.ts';
import { LocalizedNote } from '../shared/insights/clause-insights.tsx';
import { EffectList } from '../shared/field/effect-badges.tsx';

function Quote({ label, text, className = '' }: { label: ReactNode; text: ReactNode; className?: string }) {
  return (
    <figure className={`tour-quote ${className}`}>
      <figcaption className="tour-quote__label">{label}</figcaption>
      <blockquote className="tour-quote__text">{text}</blockquote>
    </figure>
  );
}

/** The evidence block of a step. */
export function TourEvidenceView({ step, bundle }: { step: TourStepView; bundle: InsightsBundle }) {
  const t = useT();
  const e: TourEvidence = step.evidence;
  const doc = docText(String(step.vars['doc'] ?? ''));
  const said = (x: string) => <span {...DOC_TEXT}>{x}</span>;
  switch (e.type) {
    case 'pair': {
      const local = e.local;
      return (
        <div className="tour-ev" data-testid="tour-evidence" data-type="pair">
          <div className="tour-ev__pair">
            {e.central.map((c) => (
              <Quote key={c.id} className="tour-quote--central" label={t('tour.ev.central', { clause: clauseLabel(t, c.id, c.part) })} text={said(c.text)} />
            ))}
            <Quote className={`tour-quote--${local.class}`} label={<Worded piece={t.parts('tour.ev.local', { doc, clause: clauseLabel(t, local.clause.id, local.clause.part) })} />}
              text={<><ClassBadge cls={local.class} /> {said(local.clause.text)}</>} />
          </div>
          {local.diff && (
            <div className="tour-ev__diff">
              <p className="tour-ev__label">{t('tour.ev.diff')}</p>
              <DiffView diff={local.diff} rules={e.rules} effects={step.kind === 'weakened' || step.kind === 'localized' ? local.effects : undefined} />
            </div>
          )}
          {step.kind === 'weakened' && <EffectList effects={local.effects?.filter((x) => x.kind === 'weakened')} />}
          {e.rules.length > 0 && step.kind === 'localized' && <LocalizedNote bundle={bundle} doc={String(step.link.doc ?? '')} clause={local.clause.id} rules={e.rules} />}
        </div>
      );
    }
    case 'source': {
      const { segments } = highlightShared(e.link.text, e.link.shared);
      const parent = e.parent ? docTitle(t.lang, e.parent.kind, e.parent.number ?? e.parent.name, '') : docText(e.link.doc);
      return (
        <div className="tour-ev" data-testid="tour-evidence" data-type="source">
          <div className="tour-ev__pair">
            <Quote className="tour-quote--added" label={<Worded piece={t.parts('tour.ev.local', { doc, clause: clauseLabel(t, e.local.id, e.local.part) })} />}
              text={<><ClassBadge cls="added" /> {said(e.local.text)}</>} />
            <Quote className="tour-quote--source"
              label={<><Worded piece={t.parts('tour.ev.parent', { parent, clause: clauseLabel(t, e.link.clause) })} /> · {t('prov.similarity', { pct: Math.round(e.link.similarity * 100) })}</>}
              text={<span {...DOC_TEXT}>{segments.map((s, i) => (s.shared ? <mark key={i} className="shared-word">{s.text}</mark> : <span key={i}>{s.text}</span>))}</span>} />
          </div>
        </div>
      );
    }
    case 'across':
      return (
        <div className="tour-ev" data-testid="tour-evidence" data-type="across">
          <Quote className="tour-quote--central" label={t('tour.ev.central', { clause: clauseLabel(t, e.central.id, e.central.part) })} text={said(e.central.text)} />
          <p className="tour-ev__label">{t('tour.ev.across')}</p>
          <ul className="tour-ev__docs">
            {e.rows.map((r) => (
              <li key={r.doc} className={r.role === 'forwarding' ? 'is-forwarding' : undefined}>
                <span className="tour-ev__doc">{said(r.name)}{r.role === 'forwarding' && <span className="muted"> {t('role.forwardingShort')}</span>}</span>
                <ClassBadge cls={r.status ?? 'none'} />
              </li>
            ))}
          </ul>
        </div>
      );
    case 'forwarding':
      return (
        <div className="tour-ev" data-testid="tour-evidence" data-type="forwarding">
          <dl className="facts tour-ev__facts">
            <div><dt>{t('table.issuer')}</dt><dd {...DOC_TEXT}>{t.lang === 'en' ? e.issuerEn : e.issuer}</dd></div>
            <div><dt>{t('table.number')}</dt><dd><DocNumber number={e.number} /></dd></div>
            <div><dt>{t('table.date')}</dt><dd>{dateLabel(t, e.date)}</dd></div>
            <div><dt>{t('table.lag')}</dt><dd>{lagLabel(t, e.lagDays)}</dd></div>
            <div><dt>{t('tour.ev.tasks')}</dt><dd>{e.carried}/{e.total}</dd></div>
            <div><dt>{t('tour.ev.clauses')}</dt><dd>{e.clauses}</dd></div>
          </dl>
          {e.title && <p className="tour-ev__title"><span className="tour-ev__label">{t('tour.ev.subject')}:</span> <span {...DOC_TEXT}>{e.title}</span></p>}
        </div>
      );
    default:
      return null;
  }
}
