/** Command-line arguments of `analyze`. */
import os from 'node:os';
import { LANGS, type Lang } from '../messages/words.ts';
import { checkInspectionArgs, inspectionOption, NO_INSPECTION, type InspectionArgs } from './inspection-args.ts';

/**
 * Output formats: one report (json), one clause table (csv), a summary (md), one line per document
 * (ndjson), the researchers' totals per issuer as CSV (totals); issue 11: reference alignments
 * (gold), a workbook (xlsx), the one-document inspection report (docx); issue 14: a shard's
 * statistics and documents for `analyze merge` (partial), the clause and document tables for
 * DuckDB, pandas or R (parquet).
 */
export type Format = TextFormat | 'gold' | 'xlsx' | 'docx' | 'partial' | 'parquet';
export type TextFormat = 'json' | 'csv' | 'md' | 'ndjson' | 'totals';

export interface Args {
  /** The first `--central`; null for the built-in 54-KL/TW. */
  readonly central: string | null;
  /** Every `--central`, in order: two or more make a families run (cli/families.ts). */
  readonly centrals: readonly string[];
  readonly format: Format;
  readonly out: string | null;
  /** Documents analysed at the same time; 1 runs in this thread without workers. */
  readonly jobs: number;
  /** No progress lines and no summary on stderr (errors about files are still printed). */
  readonly quiet: boolean;
  /** Language of the words `--format md` writes (reasons, notes, headings); the JSON carries codes. */
  readonly lang: Lang;
  readonly files: readonly string[];
  /** `analyze merge …`: `files` are shards written with `--format partial`, merged into `format`. */
  readonly merge: boolean;
  /** Issue 11 (see inspection-args.ts): reviews file, table, language, the document of a docx. */
  readonly inspection: InspectionArgs;
}

/** A mistake in the command line: printed as one line, exit code 2. */
export class UsageError extends Error {}

export const USAGE = 'usage: npm run analyze -- [merge] [--central FILE ...] [--format json|csv|md|ndjson|totals|gold|xlsx|docx|partial|parquet] [--lang vi|en] [--out FILE] [--jobs N] [--quiet] '
  + '[--reviews FILE] [--table clauses|documents] [--document NUMBER] [FILE|FOLDER|SHARD ...]';

const FORMATS: readonly Format[] = ['json', 'csv', 'md', 'ndjson', 'totals', 'gold', 'xlsx', 'docx', 'partial', 'parquet'];
/** What `analyze merge` writes: every format a run streams or summarises, and a bigger shard. */
const MERGE_FORMATS: readonly Format[] = ['json', 'csv', 'md', 'ndjson', 'totals', 'partial', 'parquet'];

/** Parses `argv` (without node and script); throws `UsageError` on unknown options or bad values. */
export function parseArgs(argv: readonly string[]): Args {
  let format: Format = 'json', out: string | null = null, quiet = false, lang: Lang = 'vi';
  let jobs = os.availableParallelism();
  const files: string[] = [];
  const centrals: string[] = [];
  let inspection = NO_INSPECTION;
  for (let i = 0; i < argv.length; i++) {
    const x = argv[i]!;
    const value = () => { const v = argv[++i]; if (v === undefined) throw new UsageError(`${x} needs a value`); return v; };
    if (x === '--central') centrals.push(value());
    else if (x === '--out') out = value();
    else if (x === '--format') {
      const f = value();
      if (!(FORMATS as readonly string[]).includes(f)) throw new UsageError(`unknown format "${f}" (${FORMATS.join(', ')})`);
      format = f as Format;
    } else if (x === '--jobs') {
      const v = value();
      if (!/^[1-9]\d*$/u.test(v)) throw new UsageError(`--jobs needs a whole number of 1 or more, not "${v}"`);
      jobs = Number(v);
    } else if (x === '--lang') {
      const l = value();
      const known = LANGS.find((k) => k === l);
      if (!known) throw new UsageError(`unknown language "${l}" (${LANGS.join(', ')})`);
      lang = known;
      // Given explicitly: csv tables get headers in it (inspection-args.ts), not column keys.
      inspection = { ...inspection, lang: known };
    } else if (x === '--quiet' || x === '-q') quiet = true;
    else if (x === '--help' || x === '-h') throw new UsageError(USAGE);
    else if (inspectionOption(x)) {
      const next = inspectionOption(x)!(inspection, value());
      if (typeof next === 'string') throw new UsageError(next);
      inspection = next;
    }
    else if (x.startsWith('--')) throw new UsageError(`unknown option ${x}`);
    else files.push(x);
  }
  const merge = files[0] === 'merge';
  if (merge) files.shift();
  const bad = checkInspectionArgs(format, out, inspection)
    ?? (merge && !MERGE_FORMATS.includes(format) ? `analyze merge writes ${MERGE_FORMATS.join(', ')}, not ${format}` : null)
    ?? (merge && !files.length ? 'analyze merge needs the shards written with --format partial' : null)
    ?? ((merge || format === 'partial' || format === 'parquet') && (inspection.reviews !== null || centrals.length > 1)
      ? '--format partial, parquet and analyze merge work on one central text without --reviews' : null)
    ?? (format === 'parquet' && out === null ? '--format parquet writes two tables (clauses.parquet, documents.parquet) into a folder: give --out FOLDER' : null)
    ?? (centrals.length > 1 && (inspection.reviews !== null || format === 'gold' || format === 'xlsx' || format === 'docx')
      ? '--reviews and --format gold, xlsx or docx work on one central text: give one --central' : null);
  if (bad) throw new UsageError(bad);
  return { central: centrals[0] ?? null, centrals, format, out, jobs, quiet, lang, files, merge, inspection };
}
