/** The report's finding "weakened": each local clause that weakens the central text, with what it changed (issue 12). */
import type { InspectionDoc } from '../../state/combine/combine-inspection.ts';
import { useT } from '../i18n/use-t.ts';
import { useFT } from '../i18n/insight-field-strings.ts';
import { clauseLabel } from '../shared/labels.ts';
import { DOC_TEXT, Worded } from '../shared/worded.tsx';
import { wordEffect } from '../shared/field/field-words.ts';

/** Heading, then one item per weakened clause: its label, its text, and each weakening worded. */
export function WeakenedList({ d }: { d: InspectionDoc }) {
  const t = useT();
  const ft = useFT();
  return (
    <>
      <h3>{ft('report.weakened')} ({d.weakened.length})</h3>
      {d.weakened.length > 0 && <p className="muted small">{ft('report.weakenedDesc')}</p>}
      {d.weakened.length ? (
        <ol className="report__clauses report__clauses--weakened" data-testid="report-weakened">
          {d.weakened.map((c) => (
            <li key={c.id} data-clause={c.id}>
              <span className="report__unit">{clauseLabel(t, c.id, c.part)}</span> <span {...DOC_TEXT}>{c.text}</span>
              <ul className="report__effects">
                {c.effects.map((e, i) => <li key={i} data-code={e.code}><Worded piece={wordEffect(t.lang, e)} /></li>)}
              </ul>
            </li>
          ))}
        </ol>
      ) : <p className="muted">{ft('report.weakenedNone')}</p>}
    </>
  );
}
