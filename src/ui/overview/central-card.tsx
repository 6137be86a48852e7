/** The central document at the top of the overview: number, title, issuer, date. */
import type { Analysis } from '../../core/types.ts';
import { useT } from '../i18n/use-t.ts';
import { clauseRoute } from '../../state/route/route.ts';
import { dateLabel } from '../shared/labels.ts';
import { DOC_TEXT, DocTitle } from '../shared/worded.tsx';
import { href, useRoute } from '../shared/use-route-href.ts';

/** Card naming the central text and counting its clauses. */
export function CentralCard({ analysis }: { analysis: Analysis }) {
  const t = useT();
  const route = useRoute();
  const m = analysis.central.meta;
  const tasks = analysis.centralClauses.filter((c) => c.part === 'task' || c.part === 'implementation');
  const first = tasks[0];
  return (
    <section className="central-card" aria-labelledby="central-title">
      <p className="central-card__kicker">{t('overview.central')}</p>
      <h2 id="central-title" className="central-card__title">
        <DocTitle kind={m.kind} number={m.number} />
      </h2>
      {m.title && <p className="central-card__subject" {...DOC_TEXT}>{m.title}</p>}
      <dl className="facts">
        {m.issuer && (<div><dt>{t('table.issuer')}</dt><dd {...DOC_TEXT}>{m.issuer}</dd></div>)}
        <div><dt>{t('table.date')}</dt><dd>{dateLabel(t, m.date)}</dd></div>
        <div><dt>{t('doc.clauseCount')}</dt><dd>
          {t('doc.clauses', { n: analysis.centralClauses.length })} · {first
            ? <a href={href(clauseRoute(route, first.id))}>{t('doc.tasks', { n: tasks.length })}</a>
            : t('doc.tasks', { n: 0 })}
        </dd></div>
      </dl>
    </section>
  );
}
