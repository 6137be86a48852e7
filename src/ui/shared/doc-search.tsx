/**
 * A searchable document picker (an ARIA combobox): typing filters the documents by name or number,
 * tone marks optional, every word typed in any order, and lists at most PICKER_SHOWN of them. A `<select>` of 5,000 options cost
 * the pair view a long task on every open (issue 14); this builds a dozen options, only on demand.
 */
import './doc-search.css';
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { foldText } from '../../state/combine/combine-document-rows.ts';
import { useST } from '../i18n/scale-strings.ts';
import { formatCount } from '../i18n/numbers.ts';

/** Matches listed at most. */
export const PICKER_SHOWN = 12;

/** One document to pick. */
export interface PickerItem {
  readonly id: string;
  /** What the list shows ("Tỉnh ủy Lạng Sơn · 123-KH/TU"). */
  readonly label: string;
}

/** The picker; `onPick` gets the chosen document's id. */
export function DocSearch({ items, onPick, testId }: { items: readonly PickerItem[]; onPick: (id: string) => void; testId?: string }) {
  const st = useST();
  const id = useId();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const folded = useMemo(() => (open ? items.map((x) => foldText(x.label)) : []), [items, open]);
  const matches = useMemo(() => {
    if (!open) return [];
    // Every word typed must occur, in any order: "dak lak 17" finds "Tỉnh ủy Đắk Lắk · 17-CV/TU".
    const words = foldText(query).split(/\s+/u).filter(Boolean);
    const out: number[] = [];
    for (let i = 0; i < items.length; i++) if (words.every((w) => folded[i]!.includes(w))) out.push(i);
    return out;
  }, [open, query, items, folded]);
  const shown = matches.slice(0, PICKER_SHOWN);
  const pick = (i: number | undefined) => {
    const item = i === undefined ? undefined : items[i];
    if (!item) return;
    setOpen(false);
    setQuery('');
    onPick(item.id);
  };
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') { e.preventDefault(); setOpen(true); setActive((a) => Math.min(a + 1, shown.length - 1)); }
    else if (e.key === 'ArrowUp') { e.preventDefault(); setActive((a) => Math.max(a - 1, 0)); }
    else if (e.key === 'Enter' && open) { e.preventDefault(); pick(shown[active]); }
    else if (e.key === 'Escape') setOpen(false);
  };
  const n = (x: number) => formatCount(st.lang, x);
  return (
    <div className="doc-search">
      <input type="search" className="doc-search__input" role="combobox" aria-label={st('picker.label')} placeholder={st('picker.placeholder')}
        aria-expanded={open} aria-controls={`${id}-list`} aria-autocomplete="list" data-testid={testId}
        aria-activedescendant={open && shown.length ? `${id}-${active}` : undefined} value={query}
        onChange={(e) => { setQuery(e.currentTarget.value); setOpen(true); setActive(0); }}
        onFocus={() => setOpen(true)} onBlur={() => setOpen(false)} onKeyDown={onKey} />
      {open && (
        <div className="doc-search__pop">
          <p className="doc-search__count" role="status">
            {matches.length ? st('picker.count', { n: n(matches.length) }) : st('picker.none', { q: query })}
            {matches.length > shown.length && <> {st('picker.more', { shown: n(shown.length) })}</>}
          </p>
          <ul id={`${id}-list`} role="listbox" className="doc-search__list" aria-label={st('picker.label')}>
            {shown.map((i, k) => (
              <li key={items[i]!.id} id={`${id}-${k}`} role="option" aria-selected={k === active} className="doc-search__option" data-doc-text=""
                onMouseDown={(e) => { e.preventDefault(); pick(i); }}>{items[i]!.label}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
