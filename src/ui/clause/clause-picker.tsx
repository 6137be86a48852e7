/** A select of central clauses grouped by unit; choosing one opens it. */
import { useId } from 'react';
import type { Clause } from '../../core/types.ts';
import { useAppStore } from '../../state/use-app-store.tsx';
import { clauseRoute } from '../../state/route/route.ts';
import { useT } from '../i18n/use-t.ts';
import { clauseLabel, unitLabel } from '../shared/labels.ts';
import { DOC_TEXT } from '../shared/worded.tsx';

const MAX = 70;

/** Labelled `<select>`; options show the clause as people read it ("Nhiệm vụ 2, câu 1") and the start of its text. */
export function ClausePicker({ clauses, value }: { clauses: readonly Clause[]; value: string }) {
  const t = useT();
  const id = useId();
  const route = useAppStore((s) => s.route);
  const navigate = useAppStore((s) => s.navigate);
  const groups: { key: string; label: string; clauses: Clause[] }[] = [];
  for (const c of clauses) {
    const key = `${c.part}:${c.unit}`;
    let g = groups.at(-1);
    if (!g || g.key !== key) { g = { key, label: unitLabel(t, c.part, c.unit), clauses: [] }; groups.push(g); }
    g.clauses.push(c);
  }
  return (
    <span className="picker">
      <label htmlFor={id} className="picker__label">{t('clause.pick')}</label>
      <select id={id} className="picker__select" value={value} data-testid="clause-picker"
        onChange={(e) => navigate(clauseRoute(route, e.target.value, route.doc))}>
        {groups.map((g) => (
          <optgroup key={g.key} label={g.label}>
            {g.clauses.map((c) => (
              // Mostly the clause's own words: the option is marked as document text.
              <option key={c.id} value={c.id} {...DOC_TEXT}>{clauseLabel(t, c.id, c.part)} — {c.text.length > MAX ? `${c.text.slice(0, MAX)}…` : c.text}</option>
            ))}
          </optgroup>
        ))}
      </select>
    </span>
  );
}
