/** The options of `analyze` for the inspection workflow (issue 11): reviews, tables, one document; `--lang` (args.ts) sets `lang` too. */
import type { Lang } from '../export/labels.ts';

export interface InspectionArgs {
  /** A `doichieu.reviews/1` file whose decisions replace the machine's answers. */
  readonly reviews: string | null;
  /** Which table `csv` writes (xlsx writes both). */
  readonly table: 'clauses' | 'documents';
  /** Language of headers, reports and review messages; null: not given (csv keeps its column keys, the rest is Vietnamese). */
  readonly lang: Lang | null;
  /** The document a `docx` report is about (number or file name), when several are analysed. */
  readonly document: string | null;
}

export const NO_INSPECTION: InspectionArgs = { reviews: null, table: 'clauses', lang: null, document: null };

/** The arguments with the option's value, or the one line saying what is wrong with it. */
type Setter = (a: InspectionArgs, value: string) => InspectionArgs | string;

const SETTERS: Readonly<Record<string, Setter>> = {
  '--reviews': (a, v) => ({ ...a, reviews: v }),
  '--table': (a, v) => {
    return v === 'clauses' || v === 'documents' ? { ...a, table: v } : `unknown table "${v}" (clauses, documents)`;
  },
  '--document': (a, v) => ({ ...a, document: v }),
};

/** The setter of an option of this group, or null when `flag` is not one. */
export function inspectionOption(flag: string): Setter | null {
  return SETTERS[flag] ?? null;
}

/** A combination that cannot work, as the one line saying so (null when all is well): refused before any file is read. */
export function checkInspectionArgs(format: string, out: string | null, a: InspectionArgs): string | null {
  if ((format === 'xlsx' || format === 'docx') && out === null) return `--format ${format} writes a binary file: give --out FILE`;
  if (a.reviews !== null && format === 'ndjson') return '--reviews needs every document of the run: use --format json, csv, md, gold, xlsx or docx, not ndjson';
  if (a.table === 'documents' && format !== 'csv') return '--table documents is for --format csv (--format xlsx writes both tables)';
  if (a.document !== null && format !== 'docx') return '--document picks the document of --format docx';
  return null;
}

/** The language of files and messages: the one given, else Vietnamese. */
export const langOf = (a: InspectionArgs): Lang => a.lang ?? 'vi';
