/** Geometry helpers for the two scroll panes (no layout library; plain DOM rectangles). */

/** Top of `el` in `pane`'s scroll coordinates. */
export function topIn(pane: HTMLElement, el: HTMLElement): number {
  return el.getBoundingClientRect().top - pane.getBoundingClientRect().top + pane.scrollTop;
}

/** Whether `el` is fully inside `pane`'s visible area. */
export function fullyVisible(pane: HTMLElement, el: HTMLElement): boolean {
  const p = pane.getBoundingClientRect();
  const r = el.getBoundingClientRect();
  return r.top >= p.top && r.bottom <= p.bottom;
}

/** Scrolls `pane` so `el` sits `offset` pixels below the pane's top edge. */
export function scrollToOffset(pane: HTMLElement, el: HTMLElement, offset: number): void {
  pane.scrollTop = Math.max(0, topIn(pane, el) - offset);
}

/** The clause element of `id` in `pane`. */
export function clauseEl(pane: HTMLElement | null, id: string | null | undefined): HTMLElement | null {
  if (!pane || !id) return null;
  return pane.querySelector<HTMLElement>(`[data-clause="${id.replace(/["\\]/gu, '\\$&')}"]`);
}
