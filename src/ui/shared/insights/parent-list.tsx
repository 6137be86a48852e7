/**
 * The parent documents the provenance search uses (the corpus's, and those the user marked), and the
 * toggle that marks a local document as a parent.
 */
import { useAppStore } from '../../../state/use-app-store.tsx';
import { useT } from '../../i18n/use-t.ts';
import { dateLabel } from '../labels.ts';
import { useInsights } from './use-insights.tsx';
import { DOC_TEXT, DocTitle } from '../worded.tsx';

/** A button that makes a local document a parent (it re-runs the analysis). */
export function ParentToggle({ id, name }: { id: string; name: string }) {
  const t = useT();
  const toggle = useAppStore((s) => s.toggleParent);
  return (
    <button type="button" className="button button--quiet button--small parent-toggle" data-testid={`mark-parent-${id}`}
      aria-label={t('parents.markLabel', { name })} title={t('parents.markLabel', { name })} onClick={() => void toggle(id)}>
      {t('parents.mark')}
    </button>
  );
}

/** The list of parent documents, each with where it comes from; the user's marks can be undone. */
export function ParentList() {
  const t = useT();
  const bundle = useInsights();
  const marked = useAppStore((s) => s.markedParents);
  const toggle = useAppStore((s) => s.toggleParent);
  if (!bundle) return null;
  const parents = bundle.parents;
  return (
    <section className="parents" aria-labelledby="parents-title" data-testid="parent-list">
      <h3 id="parents-title" className="parents__title">{t('parents.title', { n: parents.length })}</h3>
      <p className="parents__desc">{t('parents.desc')}</p>
      {parents.length === 0 ? <p className="muted">{t('parents.none')}</p> : (
        <ul className="parents__list">
          {parents.map((p) => {
            const mine = marked.includes(p.id);
            return (
              <li key={p.id} className="parents__item" data-parent={p.id}>
                <span className="parents__name">{p.number ? <DocTitle kind={p.kind} number={p.number} /> : <span {...DOC_TEXT}>{p.name}</span>}</span>
                <span className="muted">{p.issuer && <><span {...DOC_TEXT}>{p.issuer}</span> · </>}{dateLabel(t, p.date)}</span>
                <span className="parents__origin">{mine ? t('parents.marked') : t('parents.fromCorpus')}</span>
                {mine && (
                  <button type="button" className="button button--quiet button--small" onClick={() => void toggle(p.id)}
                    aria-label={t('parents.unmarkLabel', { name: p.name })}>{t('parents.unmark')}</button>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
