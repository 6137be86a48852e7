/**
 * `--format csv` streamed (issue 14): the header first, then each document's clause rows as soon
 * as it and the documents before it are analysed — the same bytes as `toCsv` of the whole report
 * (render.ts), without holding the report.
 */
import Papa from 'papaparse';
import { clauseRows, CLAUSE_COLUMNS } from '../core/report.ts';
import type { Clause, ParsedDocument } from '../core/types.ts';
import type { Output } from './output.ts';
import { reportOf } from './report-parts.ts';
import { numbered, runIds, type Sink } from './sink.ts';

/** The clause table of a run against `central`, written a document at a time. */
export function csvSink(out: Output, central: ParsedDocument, centralClauses: readonly Clause[]): Sink {
  const next = runIds();
  let started = false, rows = 0;
  // Papa quotes each cell on its own, so rows unparsed a document at a time join to the whole
  // table's bytes; a table without rows is the header and its line break ("a,b\r\n").
  const header = Papa.unparse({ fields: [...CLAUSE_COLUMNS], data: [] }).replace(/\r\n$/u, '');
  const start = () => { if (!started) out.write(`\ufeff${header}`); started = true; };
  return {
    file: (result) => {
      for (const { entry } of numbered(result.reports, next)) {
        const table = clauseRows(reportOf(central, centralClauses, [entry]));
        start();
        if (table.length) out.write(`\r\n${Papa.unparse(table, { header: false })}`);
        rows += table.length;
      }
    },
    end: async () => { start(); out.write(rows ? '\n' : '\r\n\n'); },
  };
}
