/** What a tour step puts on screen: the clauses it is about, their diff, source or spread across documents. */
import type { ReactNode } from 'react';
import type { TourEvidence, TourStepView } from '../../state/combine/combine-tour.ts';
import type { InsightsBundle } from '../../state/insights/insights-compute.ts';
import { highlightShared } from '../../state/combine/combine-provenance.ts';
import { ClassBadge } from '../shared/class-badge.tsx';
import { DiffView } from '../shared/diff-view.tsx';
import { useT } from '../i18n/use-t.ts';
import { dateLabel, lagLabel, numberLabel, unitLabel } from '../shared/labels.ts';
import { LocalizedNote } from '../shared/insights/clause-insights.tsx';

function Quote({ label, text, className = '' }: { label: string; text: ReactNode; className?: string }) {
  return (
    <figure className={`tour-quote ${className}`}>
      <figcaption className="tour-quote__label">{label}</figcaption>
      <blockquote className="tour-quote__text" lang="vi">{text}</blockquote>
    </figure>
  );
}

/** The evidence block of a step. */
export function TourEvidenceView({ step, bundle }: { step: TourStepView; bundle: InsightsBundle }) {
  const t = useT();
  const e: TourEvidence = step.evidence;
  const doc = String(step.vars['doc'] ?? '');
  switch (e.type) {
    case 'pair': {
      const local = e.local;
      const unit = (part: Parameters<typeof unitLabel>[1], u: string) => unitLabel(t, part, u);
      return (
        <div className="tour-ev" data-testid="tour-evidence" data-type="pair">
          <div className="tour-ev__pair">
            {e.central.map((c) => (
              <Quote key={c.id} className="tour-quote--central" label={`${t('tour.ev.central', { id: c.id })} · ${unit(c.part, c.unit)}`} text={c.text} />
            ))}
            <Quote className={`tour-quote--${local.class}`} label={`${t('tour.ev.local', { doc, id: local.clause.id })} · ${unit(local.clause.part, local.clause.unit)}`}
              text={<><ClassBadge cls={local.class} /> {local.clause.text}</>} />
          </div>
          {local.diff && (
            <div className="tour-ev__diff">
              <p className="tour-ev__label">{t('tour.ev.diff')}</p>
              <DiffView diff={local.diff} rules={e.rules} />
            </div>
          )}
          {e.rules.length > 0 && step.kind === 'localized' && <LocalizedNote bundle={bundle} doc={String(step.link.doc ?? '')} clause={local.clause.id} rules={e.rules} />}
        </div>
      );
    }
    case 'source': {
      const { segments } = highlightShared(e.link.text, e.link.shared);
      const parent = e.parent ? [e.parent.kind, e.parent.number ?? e.parent.name].filter(Boolean).join(' ') : e.link.doc;
      return (
        <div className="tour-ev" data-testid="tour-evidence" data-type="source">
          <div className="tour-ev__pair">
            <Quote className="tour-quote--added" label={`${t('tour.ev.local', { doc, id: e.local.id })} · ${unitLabel(t, e.local.part, e.local.unit)}`}
              text={<><ClassBadge cls="added" /> {e.local.text}</>} />
            <Quote className="tour-quote--source" label={`${t('tour.ev.parent', { parent, id: e.link.clause })} · ${t('prov.similarity', { pct: Math.round(e.link.similarity * 100) })}`}
              text={segments.map((s, i) => (s.shared ? <mark key={i} className="shared-word">{s.text}</mark> : <span key={i}>{s.text}</span>))} />
          </div>
        </div>
      );
    }
    case 'across':
      return (
        <div className="tour-ev" data-testid="tour-evidence" data-type="across">
          <Quote className="tour-quote--central" label={`${t('tour.ev.central', { id: e.central.id })} · ${unitLabel(t, e.central.part, e.central.unit)}`} text={e.central.text} />
          <p className="tour-ev__label">{t('tour.ev.across')}</p>
          <ul className="tour-ev__docs">
            {e.rows.map((r) => (
              <li key={r.doc} className={r.role === 'forwarding' ? 'is-forwarding' : undefined}>
                <span className="tour-ev__doc">{r.name}{r.role === 'forwarding' && <span className="muted"> {t('role.forwardingShort')}</span>}</span>
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
            <div><dt>{t('table.issuer')}</dt><dd>{e.issuer}</dd></div>
            <div><dt>{t('table.number')}</dt><dd>{numberLabel(t, e.number)}</dd></div>
            <div><dt>{t('table.date')}</dt><dd>{dateLabel(t, e.date)}</dd></div>
            <div><dt>{t('table.lag')}</dt><dd>{lagLabel(t, e.lagDays)}</dd></div>
            <div><dt>{t('tour.ev.tasks')}</dt><dd>{e.carried}/{e.total}</dd></div>
            <div><dt>{t('tour.ev.clauses')}</dt><dd>{e.clauses}</dd></div>
          </dl>
          {e.title && <p className="tour-ev__title"><span className="tour-ev__label">{t('tour.ev.subject')}:</span> <span lang="vi">{e.title}</span></p>}
        </div>
      );
    default:
      return null;
  }
}
