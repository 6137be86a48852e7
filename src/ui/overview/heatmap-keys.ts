/** Keyboard of the heat-map grids: one tab stop, arrow keys move between cells. */
import type { KeyboardEvent } from 'react';

const MOVES: Readonly<Record<string, readonly [number, number]>> = {
  ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1],
};

/** Arrow keys move focus between cells marked `data-r` / `data-c` (one tab stop for the whole grid). */
export function onGridKey(e: KeyboardEvent<HTMLTableElement>): void {
  const move = MOVES[e.key];
  const el = e.target as HTMLElement;
  if (!move || !el.dataset['r']) return;
  const r = Number(el.dataset['r']) + move[0];
  const c = Number(el.dataset['c']) + move[1];
  const next = e.currentTarget.querySelector<HTMLElement>(`[data-r="${r}"][data-c="${c}"]`);
  if (!next) return;
  e.preventDefault();
  el.tabIndex = -1;
  next.tabIndex = 0;
  next.focus();
}
