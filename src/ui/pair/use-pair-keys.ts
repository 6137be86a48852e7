/**
 * Keyboard in the pair view: ↑/↓ (or k/j) move between clauses of a pane, skipping filtered-out
 * ones; Home/End jump to the ends; ←/→ cross to the other pane at the counterpart; Esc clears.
 */
import type { KeyboardEvent, RefObject } from 'react';
import { passesFilter, type PairModel, type Side } from '../../state/combine/combine-pair.ts';
import type { Filter } from '../../state/route/route.ts';
import { clauseEl } from './scroll-utils.ts';

interface Options {
  readonly pair: PairModel;
  readonly filter: Filter | null;
  readonly panes: Readonly<Record<Side, RefObject<HTMLDivElement | null>>>;
  readonly selected: Readonly<Record<Side, string | null>>;
  readonly setTabStop: (side: Side, id: string) => void;
  readonly clear: () => void;
}

const OTHER: Readonly<Record<Side, Side>> = { central: 'local', local: 'central' };

/** Moves focus to clause `id` in `side`'s pane and makes it the tab stop. */
export function focusClause(o: Pick<Options, 'panes' | 'setTabStop'>, side: Side, id: string | null | undefined): boolean {
  const el = clauseEl(o.panes[side].current, id);
  if (!el || !id) return false;
  o.setTabStop(side, id);
  el.focus({ preventScroll: false });
  return true;
}

/** A keydown handler for one pane. */
export function paneKeyHandler(o: Options, side: Side) {
  return (e: KeyboardEvent<HTMLDivElement>): void => {
    const id = (e.target as HTMLElement).dataset['clause'];
    if (!id || e.altKey || e.ctrlKey || e.metaKey) return;
    const model = o.pair[side];
    const order = model.order.filter((c) => passesFilter(model.byId.get(c), o.filter));
    const at = order.indexOf(id);
    let target: { side: Side; id: string | undefined } | null = null;
    switch (e.key) {
      case 'ArrowDown': case 'j': target = { side, id: order[at < 0 ? 0 : Math.min(order.length - 1, at + 1)] }; break;
      case 'ArrowUp': case 'k': target = { side, id: order[at < 0 ? 0 : Math.max(0, at - 1)] }; break;
      case 'Home': target = { side, id: order[0] }; break;
      case 'End': target = { side, id: order.at(-1) }; break;
      case 'ArrowLeft': case 'ArrowRight': {
        const other = OTHER[side];
        if ((e.key === 'ArrowLeft') !== (side === 'local')) return;
        const links = model.byId.get(id)?.links ?? [];
        target = { side: other, id: links[0] ?? o.selected[other] ?? o.pair[other].order[0] };
        break;
      }
      case 'Escape': o.clear(); e.preventDefault(); return;
      default: return;
    }
    e.preventDefault();
    focusClause(o, target.side, target.id);
  };
}
