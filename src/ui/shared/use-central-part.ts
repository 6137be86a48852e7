/** The part of each central clause of the analysis on screen, for clause labels ("Mục 6, câu 1", not "Nhiệm vụ 6"). */
import { useMemo } from 'react';
import type { Part } from '../../core/types.ts';
import { useAppStore } from '../../state/use-app-store.tsx';

/** `partOf(id)`: the part of central clause `id`, `undefined` when it is not one. */
export function useCentralPart(): (id: string) => Part | undefined {
  const clauses = useAppStore((s) => s.analysis.result?.centralClauses);
  return useMemo(() => {
    const parts = new Map((clauses ?? []).map((c) => [c.id, c.part]));
    return (id: string) => parts.get(id);
  }, [clauses]);
}
