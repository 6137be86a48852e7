/**
 * Scrolls the two panes in step: when the reader scrolls one pane, the other follows so that the
 * counterpart of the top visible clause lines up with it. Only the pane the reader last touched
 * drives (so programmatic scrolls never echo back). Unlinked clauses borrow the nearest linked one above.
 */
import { useCallback, useEffect, useRef, type RefObject } from 'react';
import type { Pane } from '../../state/combine/combine-pair.ts';
import { clauseEl, topIn } from './scroll-utils.ts';

type Panes = { central: RefObject<HTMLDivElement | null>; local: RefObject<HTMLDivElement | null> };

/** Scrolls `to` so that it lines up with what `from` shows (`model` is `from`'s side). */
export function follow(from: HTMLElement, to: HTMLElement, model: Pane): void {
  if (from.scrollTop <= 0) { to.scrollTop = 0; return; }
  if (from.scrollTop + from.clientHeight >= from.scrollHeight - 1) { to.scrollTop = to.scrollHeight; return; }
  const top = from.getBoundingClientRect().top;
  const els = [...from.querySelectorAll<HTMLElement>('[data-clause]')];
  let i = els.findIndex((el) => el.getBoundingClientRect().bottom > top + 8);
  for (; i >= 0; i--) {
    const el = els[i]!;
    const links = model.byId.get(el.dataset['clause'] ?? '')?.links ?? [];
    const target = clauseEl(to, links[0]);
    if (target) {
      to.scrollTop = topIn(to, target) - (el.getBoundingClientRect().top - top);
      return;
    }
  }
  const range = from.scrollHeight - from.clientHeight;
  to.scrollTop = range > 0 ? (from.scrollTop / range) * (to.scrollHeight - to.clientHeight) : 0;
}

/** Binds the panes; returns `release()`, which stops following until the reader touches a pane again. */
export function useSyncScroll(panes: Panes, models: { central: Pane; local: Pane }): { release: () => void } {
  const driver = useRef<HTMLElement | null>(null);
  const release = useCallback(() => { driver.current = null; }, []);
  useEffect(() => {
    const c = panes.central.current, l = panes.local.current;
    if (!c || !l) return;
    let frame = 0;
    const claims = [c, l].map((el) => {
      const claim = () => { driver.current = el; };
      for (const type of ['wheel', 'pointerdown', 'touchstart', 'keydown'] as const) el.addEventListener(type, claim, { passive: true });
      return { el, claim };
    });
    const onScroll = (e: Event) => {
      const from = e.currentTarget as HTMLElement;
      if (driver.current !== from) return;
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => (from === c ? follow(c, l, models.central) : follow(l, c, models.local)));
    };
    c.addEventListener('scroll', onScroll, { passive: true });
    l.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      cancelAnimationFrame(frame);
      c.removeEventListener('scroll', onScroll);
      l.removeEventListener('scroll', onScroll);
      for (const { el, claim } of claims) {
        for (const type of ['wheel', 'pointerdown', 'touchstart', 'keydown'] as const) el.removeEventListener(type, claim);
      }
    };
  }, [panes.central, panes.local, models.central, models.local]);
  return { release };
}
