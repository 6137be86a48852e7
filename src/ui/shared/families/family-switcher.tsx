/** The overview's family switcher (issue 13): one family at a time, each a link (the family is in the URL). */
import { useFT } from '../../i18n/family-strings.ts';
import { href, useRoute } from '../use-route-href.ts';
import { FamilyDocLabel } from './family-label.tsx';
import { useFamilies } from './use-families.ts';
import './families.css';

/** Nothing when the workspace has one central text. */
export function FamilySwitcher() {
  const t = useFT();
  const route = useRoute();
  const summary = useFamilies();
  if (!summary) return null;
  return (
    <nav className="fam-switcher" aria-label={t('fam.switcher')} data-testid="family-switcher">
      <span className="fam-switcher__label">{t('fam.switcher')}:</span>
      {summary.families.map((f) => (
        <a key={f.key} className="fam-tab" href={href({ ...route, view: 'overview', family: f.id })} aria-current={f.key === summary.shown ? 'true' : undefined}
          data-testid="family-tab" data-central={f.number ?? f.id}>
          <FamilyDocLabel doc={{ kind: f.kind, number: f.number, issuer: null, source: f.id }} />
          <span className="fam-tab__count">({f.documents.length})</span>
        </a>
      ))}
    </nav>
  );
}
