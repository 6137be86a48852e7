/**
 * The formats that summarise every document at once — `md`, `totals`, and csv tables with
 * `--table documents` or `--lang` — as a sink: the report documents (compact: no tokens, no diffs)
 * are kept in input order and the output is written at the end.
 */
import type { ReportDocument } from '../core/report.ts';
import type { Clause, ParsedDocument } from '../core/types.ts';
import type { Args } from './args.ts';
import { tableOf } from './inspection-output.ts';
import type { Output } from './output.ts';
import { renderTable } from './render.ts';
import { reportOf } from './report-parts.ts';
import { numbered, runIds, type Sink } from './sink.ts';
import { totalsCsv } from './totals-csv.ts';

/** The md summary, the totals or the csv table in `--lang`/`--table documents`, written at the end. */
export function wholeSink(out: Output, central: ParsedDocument, centralClauses: readonly Clause[], args: Args): Sink {
  const next = runIds();
  const documents: ReportDocument[] = [];
  return {
    file: (result) => { for (const { entry } of numbered(result.reports, next)) documents.push(entry); },
    end: async () => {
      const report = reportOf(central, centralClauses, documents);
      if (args.format === 'totals') out.write(totalsCsv([report]));
      else if (args.format === 'csv') out.write(tableOf(report, args));
      else out.write(renderTable(report, 'md', args.lang));
    },
  };
}
