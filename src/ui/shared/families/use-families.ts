/** The families summary of the analysis shown, and keeping the family shown in step with the URL. */
import { useEffect } from 'react';
import { useAppStore } from '../../../state/use-app-store.tsx';
import { familiesOf } from '../../../state/families/families-registry.ts';
import type { FamiliesSettings, FamiliesSummary, FamilySummary } from '../../../state/families/families-types.ts';
import { useRoute } from '../use-route-href.ts';

/** The summary of every family when the workspace has several central texts; null otherwise (or while analysing). */
export function useFamilies(): FamiliesSummary | null {
  return useAppStore((s) => familiesOf(s.analysis.result));
}

/** The family whose analysis is shown. */
export function shownOf(summary: FamiliesSummary): FamilySummary | undefined {
  return summary.families.find((f) => f.key === summary.shown);
}

/** The family settings with `change` applied to them (none yet: empty ones). */
export function withFamilies(f: FamiliesSettings | undefined, change: (f: FamiliesSettings) => FamiliesSettings): FamiliesSettings | undefined {
  const next = change(f ?? { centrals: [], shown: null, moves: {} });
  return next.centrals.length || Object.keys(next.moves).length ? next : undefined;
}

/**
 * The URL names the family shown (`fam=`, the central text's id): a link to another family
 * switches the analysis to it; the overview's URL gets the family it shows, so a copied link
 * reopens the same family.
 */
export function useFamilySync(): void {
  const route = useRoute();
  const summary = useFamilies();
  const updateFamilies = useAppStore((s) => s.updateFamilies);
  const patchRoute = useAppStore((s) => s.patchRoute);
  useEffect(() => {
    if (!summary) return;
    const shown = shownOf(summary);
    if (route.family && shown && route.family !== shown.id) {
      const want = summary.families.find((f) => f.id === route.family);
      if (want) void updateFamilies((f) => (f ? { ...f, shown: want.key } : f));
      return;
    }
    if (route.view === 'overview' && !route.family && shown) patchRoute({ family: shown.id }, 'replace');
  }, [summary, route.family, route.view, updateFamilies, patchRoute]);
}
