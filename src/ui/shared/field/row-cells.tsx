/**
 * The other cells of a table row whose content cell is a clause (CV 174's appendix: "Bộ Nông nghiệp
 * và Môi trường" as lead body, "Tháng 12/2025" as deadline): each with its column's role, or the
 * column's header as printed when the role says nothing.
 */
import type { BlockRow, ColumnRole } from '../../../core/types.ts';
import { useFT, type FieldKey } from '../../i18n/insight-field-strings.ts';
import { DOC_TEXT } from '../worded.tsx';
import './field.css';

/** Roles that say what a cell is; `index` and `task` are the row's number and content, shown already. */
const SHOWN: readonly ColumnRole[] = ['lead', 'partner', 'deadline', 'product', 'source', 'note', 'other'];

/** Roles too broad to name the column ("Tỉnh kiến nghị" read as a source): its header as printed. */
const PRINTED: readonly ColumnRole[] = ['source', 'note', 'other'];

/** A definition list of the row's cells, or nothing when it has none worth showing. */
export function RowCells({ row }: { row: BlockRow }) {
  const ft = useFT();
  const cells = row.cells.filter((c) => SHOWN.includes(c.role) && c.text.trim());
  if (!cells.length) return null;
  return (
    <dl className="row-cells" data-testid="row-cells" aria-label={ft('row.cells')}>
      {cells.map((c, i) => {
        const key: FieldKey = `column.${c.role}`;
        return (
          <div key={i} className="row-cells__cell" data-role={c.role}>
            <dt>{PRINTED.includes(c.role) && c.header ? <span {...DOC_TEXT}>{c.header}</span> : ft(key)}</dt>
            <dd {...DOC_TEXT}>{c.text}</dd>
          </div>
        );
      })}
    </dl>
  );
}
