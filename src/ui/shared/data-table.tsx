/**
 * A table of rows of any type, with one header cell a row: the numbers behind a chart (for screen
 * readers, for print, for whoever prefers numbers) and the report's summary. Columns say how to
 * render their cell from a row, so the row type is checked, never indexed by a string.
 */
import type { ReactNode } from 'react';

/** A column: its header and how a row fills its cell; `num` right-aligns numbers. */
export interface Column<Row> {
  readonly key: string;
  readonly header: ReactNode;
  readonly cell: (row: Row) => ReactNode;
  readonly num?: boolean;
}

interface Props<Row> {
  readonly caption?: string;
  readonly className: string;
  /** Header of the column of row headers. */
  readonly nameHeader: ReactNode;
  readonly rows: readonly Row[];
  readonly rowKey: (row: Row) => string;
  /** The row's header cell (a document's name, a bin). */
  readonly rowHeader: (row: Row) => ReactNode;
  readonly columns: readonly Column<Row>[];
  readonly testId?: string;
}

/** A column header of a table with one header row; `className` "num" right-aligns a column of numbers. */
export interface HeadCell {
  readonly key: string;
  readonly label: ReactNode;
  readonly className?: string | undefined;
}

/** The header row of `cells` (this table's and the windowed tables'). */
export function HeadRow({ cells }: { cells: readonly HeadCell[] }) {
  return (
    <thead>
      <tr>{cells.map((c) => <th key={c.key} scope="col" className={c.className}>{c.label}</th>)}</tr>
    </thead>
  );
}

/** The header cells: the row headers' column, then each column. */
export function headCells<Row>(nameHeader: ReactNode, columns: readonly Column<Row>[]): HeadCell[] {
  return [{ key: '\u0000name', label: nameHeader }, ...columns.map((c) => ({ key: c.key, label: c.header, className: c.num ? 'num' : undefined }))];
}

/** One row's cells: its header cell, then each column's cell. */
export function RowCells<Row>({ row, rowHeader, columns }: { row: Row; rowHeader: (row: Row) => ReactNode; columns: readonly Column<Row>[] }) {
  return (
    <>
      <th scope="row">{rowHeader(row)}</th>
      {columns.map((c) => <td key={c.key} className={c.num ? 'num' : undefined}>{c.cell(row)}</td>)}
    </>
  );
}

/** The table. */
export function DataTable<Row>({ caption, className, nameHeader, rows, rowKey, rowHeader, columns, testId }: Props<Row>) {
  return (
    <table className={className} data-testid={testId}>
      {caption !== undefined && <caption>{caption}</caption>}
      <HeadRow cells={headCells(nameHeader, columns)} />
      <tbody>
        {rows.map((r) => (
          <tr key={rowKey(r)}>
            <RowCells row={r} rowHeader={rowHeader} columns={columns} />
          </tr>
        ))}
      </tbody>
    </table>
  );
}
