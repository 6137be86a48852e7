/** On the documents page: make a document one more central text (a family of its own), or no longer. */
import { useAppStore } from '../../../state/use-app-store.tsx';
import type { CatalogEntry } from '../../../state/workspace/workspace-types.ts';
import { useFT } from '../../i18n/family-strings.ts';
import { withFamilies } from './use-families.ts';

/** The button for one document (none for the main central text). */
export function CentralToggle({ entry }: { entry: CatalogEntry }) {
  const t = useFT();
  const isExtra = useAppStore((s) => s.workspace.ws.families?.centrals.includes(entry.key) ?? false);
  const updateFamilies = useAppStore((s) => s.updateFamilies);
  if (entry.role === 'central') return null;
  const toggle = () => void updateFamilies((f) => withFamilies(f, (x) => {
    const centrals = isExtra ? x.centrals.filter((k) => k !== entry.key) : [...x.centrals, entry.key];
    const moves = Object.fromEntries(Object.entries(x.moves).filter(([k, to]) => k !== entry.key && to !== entry.key));
    return { centrals, shown: x.shown === entry.key ? null : x.shown, moves };
  }));
  return (
    <button type="button" className="button button--small button--quiet" onClick={toggle} aria-pressed={isExtra}
      data-testid={isExtra ? 'fam-remove-central' : 'fam-add-central'}>
      {isExtra ? t('fam.removeCentral') : t('fam.addCentral')}
    </button>
  );
}
