/** The two panes with selection, keyboard, sync scroll and the inline detail of the selected clause. */
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { PairModel, Side } from '../../state/combine/combine-pair.ts';
import { combineSelection } from '../../state/combine/combine-selection.ts';
import { useAppStore } from '../../state/use-app-store.tsx';
import { useRoute } from '../shared/use-route-href.ts';
import { ClauseDetail } from './clause-detail.tsx';
import { PairPane } from './pair-pane.tsx';
import { follow, useSyncScroll } from './use-sync-scroll.ts';
import { focusClause, paneKeyHandler } from './use-pair-keys.ts';
import { clauseEl, fullyVisible, scrollToOffset, topIn } from './scroll-utils.ts';
import { markClauseClick, measureClauseHighlight } from '../../state/perf-marks.ts';

interface Props {
  readonly pair: PairModel;
  readonly centralTitle: ReactNode;
  readonly localTitle: ReactNode;
  readonly centralSubtitle: ReactNode;
  readonly localSubtitle: ReactNode;
}

const OTHER: Readonly<Record<Side, Side>> = { central: 'local', local: 'central' };
const EMPTY: ReadonlySet<string> = new Set();

/** Side by side panes; the URL holds the selection (`c` central, `l` local). */
export function PairPanes({ pair, centralTitle, localTitle, centralSubtitle, localSubtitle }: Props) {
  const route = useRoute();
  const patchRoute = useAppStore((s) => s.patchRoute);
  const central = useRef<HTMLDivElement>(null);
  const local = useRef<HTMLDivElement>(null);
  const panes = useMemo(() => ({ central, local }), []);
  const models = useMemo(() => ({ central: pair.central, local: pair.local }), [pair]);
  const { release } = useSyncScroll(panes, models);
  const selSide: Side | null = route.local && pair.local.byId.has(route.local) ? 'local' : route.clause && pair.central.byId.has(route.clause) ? 'central' : null;
  const selId = selSide === 'local' ? route.local : selSide === 'central' ? route.clause : null;
  const selection = useMemo(() => (selSide && selId ? combineSelection(pair, selSide, selId) : null), [pair, selSide, selId]);
  const selected = { central: selSide === 'central' ? selId : null, local: selSide === 'local' ? selId : null };
  const linked = useMemo(() => new Set(selection?.counterparts ?? []), [selection]);
  const [tabStops, setTabStops] = useState<Record<Side, string | null>>({ central: null, local: null });
  const setTabStop = (side: Side, id: string) => setTabStops((s) => (s[side] === id ? s : { ...s, [side]: id }));
  const pendingFocus = useRef<{ side: Side; id: string } | null>(null);
  const root = useRef<HTMLDivElement>(null);

  // Opened at a clause (a link, the heat map): bring the panes to the top of the window once.
  const openedAt = useRef(selId);
  useEffect(() => {
    if (openedAt.current) root.current?.scrollIntoView({ block: 'start' });
  }, []);

  const select = (side: Side, id: string | null) => {
    patchRoute(side === 'central' ? { clause: id, local: null } : { local: id, clause: null });
  };
  const onActivate = (side: Side) => (id: string, how: 'click' | 'enter') => {
    if (how === 'click') markClauseClick();
    const already = selected[side] === id;
    setTabStop(side, id);
    if (how === 'click') { select(side, already ? null : id); return; }
    const first = pair[side].byId.get(id)?.links[0];
    if (first) pendingFocus.current = { side: OTHER[side], id: first };
    if (!already) select(side, id);
    else if (first) focusClause({ panes, setTabStop }, OTHER[side], first);
  };
  const gotoCounterpart = (id: string) => {
    if (!selSide) return;
    pendingFocus.current = { side: OTHER[selSide], id };
    select(OTHER[selSide], id);
  };
  const clear = () => select('central', null);

  // Bring the selection and its counterpart into view, lined up, whenever the selection changes.
  useLayoutEffect(() => {
    if (!selSide || !selId) return;
    const own = panes[selSide].current, other = panes[OTHER[selSide]].current;
    const el = clauseEl(own, selId);
    if (!own || !el) return;
    release();
    const lineUp = () => {
      if (!fullyVisible(own, el)) scrollToOffset(own, el, own.clientHeight / 5);
      const counterpart = clauseEl(other, selection?.counterparts[0]);
      if (other && counterpart && !fullyVisible(other, counterpart)) {
        scrollToOffset(other, counterpart, Math.max(0, topIn(own, el) - own.scrollTop));
      } else if (other && !counterpart) {
        follow(own, other, pair[selSide]);
      }
    };
    lineUp();
    // Blocks out of view are laid out at an estimated height (pair.css); those the scroll brought
    // near the screen take their real one in the next frames, moving the clause: line up again.
    let frames = 0, frame = requestAnimationFrame(function again() {
      lineUp();
      if (++frames < 3) frame = requestAnimationFrame(again);
    });
    return () => cancelAnimationFrame(frame);
  }, [selSide, selId, selection, panes, release, pair]);

  // The selection and its counterparts are highlighted in this commit: time it from the click to its paint.
  useLayoutEffect(() => { if (selId) measureClauseHighlight(); }, [selSide, selId]);

  useEffect(() => {
    const p = pendingFocus.current;
    if (!p) return;
    pendingFocus.current = null;
    focusClause({ panes, setTabStop }, p.side, p.id);
  });

  const keys = { pair, filter: route.filter, panes, selected, setTabStop, clear };
  const detail = selection ? <ClauseDetail selection={selection} onGoto={gotoCounterpart} onClose={clear} /> : null;
  const stop = (side: Side) => tabStops[side] ?? selected[side] ?? pair[side].order[0] ?? null;
  return (
    <div className="panes" ref={root}>
      <PairPane pane={pair.central} title={centralTitle} subtitle={centralSubtitle} filter={route.filter}
        selected={selected.central} linked={selSide === 'local' ? linked : EMPTY} tabStop={stop('central')}
        detail={selSide === 'central' ? detail : null} scrollRef={central} onActivate={onActivate('central')}
        onKeyDown={paneKeyHandler(keys, 'central')} />
      <PairPane pane={pair.local} title={localTitle} subtitle={localSubtitle} filter={route.filter}
        selected={selected.local} linked={selSide === 'central' ? linked : EMPTY} tabStop={stop('local')}
        detail={selSide === 'local' ? detail : null} scrollRef={local} onActivate={onActivate('local')}
        onKeyDown={paneKeyHandler(keys, 'local')} />
    </div>
  );
}
