/**
 * "Weakened" next to omitted on the heat map (issue 12): a toggle in the panel's header, and the
 * cells whose clause the document carries with a weakening, shared with every cell through context.
 */
import { createContext, useContext } from 'react';
import { cellKey } from '../../state/combine/combine-weakened-cells.ts';
import { useFT } from '../i18n/insight-field-strings.ts';
import '../shared/field/field.css';

/** Weakened cells while the toggle is on; `null` when off. */
export const WeakenedCells = createContext<ReadonlySet<string> | null>(null);

/** Whether the cell (document × central clause) is shown as weakened. */
export function useWeakened(doc: string, clause: string): boolean {
  return useContext(WeakenedCells)?.has(cellKey(doc, clause)) ?? false;
}

/** The toggle, with how many cells it marks. */
export function WeakenedToggle({ on, count, onChange }: { on: boolean; count: number; onChange: (on: boolean) => void }) {
  const ft = useFT();
  return (
    <label className="check heatmap__weakened-toggle">
      <input type="checkbox" checked={on} onChange={(e) => onChange(e.target.checked)} data-testid="heatmap-weakened" />
      <span>{ft('heatmap.showWeakened')} ({count})</span>
    </label>
  );
}
