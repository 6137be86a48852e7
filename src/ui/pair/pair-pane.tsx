/** One side of the pair view: a document in its own structure (units → paragraphs/sub-items → clauses). */
import { useMemo, type CSSProperties, type KeyboardEvent, type ReactNode, type Ref } from 'react';
import type { Pane } from '../../state/combine/combine-pair.ts';
import { passesFilter } from '../../state/combine/combine-pair.ts';
import type { Filter } from '../../state/route/route.ts';
import { useT } from '../i18n/use-t.ts';
import { shortClauseId, unitLabel } from '../shared/labels.ts';
import { DOC_TEXT } from '../shared/worded.tsx';
import { ClauseItem } from './clause-item.tsx';
import { RowCells } from '../shared/field/row-cells.tsx';

interface Props {
  readonly pane: Pane;
  readonly title: ReactNode;
  readonly subtitle: ReactNode;
  readonly filter: Filter | null;
  /** Selected clause id on this side. */
  readonly selected: string | null;
  /** Clause ids on this side linked to the selection on the other side. */
  readonly linked: ReadonlySet<string>;
  /** Clause that holds the roving tab stop. */
  readonly tabStop: string | null;
  readonly detail: ReactNode;
  readonly scrollRef: Ref<HTMLDivElement>;
  readonly onActivate: (id: string, how: 'click' | 'enter') => void;
  readonly onKeyDown: (e: KeyboardEvent<HTMLDivElement>) => void;
}

/** The pane; its body is a scroll container kept in step with the other pane. */
export function PairPane({ pane, title, subtitle, filter, selected, linked, tabStop, detail, scrollRef, onActivate, onKeyDown }: Props) {
  const t = useT();
  // The margin is as wide as the pane's longest clause label, up to 5 rem (a longer one wraps):
  // NQLT 102's "Đ28.1-1" broke after its dash in the 3.4 rem the seeds' "II.3-2" needs, and one
  // width per pane keeps the texts aligned.
  const margin = useMemo(() => {
    let longest = 0;
    for (const u of pane.units) for (const b of u.blocks) for (const c of b.clauses) longest = Math.max(longest, shortClauseId(t, c.id).length);
    return { '--mark-w': `clamp(3.4rem, ${(0.45 * longest + 1.5).toFixed(2)}rem, 5rem)` } as CSSProperties;
  }, [pane, t]);
  return (
    <section className={`pane pane--${pane.side}`} aria-labelledby={`pane-${pane.side}-title`}>
      <header className="pane__header">
        <h2 id={`pane-${pane.side}-title`} className="pane__title">{title}</h2>
        <p className="pane__subtitle">{subtitle}</p>
      </header>
      <div className="pane__scroll" ref={scrollRef} onKeyDown={onKeyDown} data-testid={`pane-${pane.side}`} style={margin}>
        {pane.units.map((u) => (
          <div key={u.key} className={`unit unit--${u.part}`}>
            <h3 className="unit__title">
              {unitLabel(t, u.part, u.unit)}{u.heading ? <span className="unit__heading"> — <span {...DOC_TEXT}>{u.heading}</span></span> : null}
            </h3>
            {u.blocks.map((b) => (
              <div key={b.index} className={`block${b.item ? ' block--item' : ''}`}>
                {b.clauses.map((c) => (
                  <div key={c.id} className="clause-wrap">
                    <ClauseItem side={pane.side} clause={c} selected={selected === c.id} linked={linked.has(c.id)}
                      dimmed={!passesFilter(c, filter)} tabbable={tabStop === c.id} onActivate={onActivate} />
                    {selected === c.id && detail}
                  </div>
                ))}
                {b.row && <RowCells row={b.row} />}
              </div>
            ))}
          </div>
        ))}
      </div>
    </section>
  );
}
