/** Command-line arguments of `analyze`. */
import os from 'node:os';
import { checkInspectionArgs, inspectionOption, NO_INSPECTION, type InspectionArgs } from './inspection-args.ts';

/**
 * Output formats: one report (json), one clause table (csv), a summary (md), or one line per
 * document (ndjson); issue 11: reference alignments (gold), a workbook (xlsx), the one-document
 * inspection report (docx).
 */
export type Format = TextFormat | 'gold' | 'xlsx' | 'docx';
export type TextFormat = 'json' | 'csv' | 'md' | 'ndjson';

export interface Args {
  readonly central: string | null;
  readonly format: Format;
  readonly out: string | null;
  /** Documents analysed at the same time; 1 runs in this thread without workers. */
  readonly jobs: number;
  /** No progress lines and no summary on stderr (errors about files are still printed). */
  readonly quiet: boolean;
  readonly files: readonly string[];
  /** Issue 11 (see inspection-args.ts): reviews file, table, language, the document of a docx. */
  readonly inspection: InspectionArgs;
}

/** A mistake in the command line: printed as one line, exit code 2. */
export class UsageError extends Error {}

export const USAGE = 'usage: npm run analyze -- [--central FILE] [--format json|csv|md|ndjson|gold|xlsx|docx] [--out FILE] [--jobs N] [--quiet] '
  + '[--reviews FILE] [--table clauses|documents] [--lang vi|en] [--document NUMBER] [FILE|FOLDER ...]';

const FORMATS: readonly Format[] = ['json', 'csv', 'md', 'ndjson', 'gold', 'xlsx', 'docx'];

/** Parses `argv` (without node and script); throws `UsageError` on unknown options or bad values. */
export function parseArgs(argv: readonly string[]): Args {
  let central: string | null = null, format: Format = 'json', out: string | null = null, quiet = false;
  let jobs = os.availableParallelism();
  const files: string[] = [];
  let inspection = NO_INSPECTION;
  for (let i = 0; i < argv.length; i++) {
    const x = argv[i]!;
    const value = () => { const v = argv[++i]; if (v === undefined) throw new UsageError(`${x} needs a value`); return v; };
    if (x === '--central') central = value();
    else if (x === '--out') out = value();
    else if (x === '--format') {
      const f = value();
      if (!(FORMATS as readonly string[]).includes(f)) throw new UsageError(`unknown format "${f}" (${FORMATS.join(', ')})`);
      format = f as Format;
    } else if (x === '--jobs') {
      const v = value();
      if (!/^[1-9]\d*$/u.test(v)) throw new UsageError(`--jobs needs a whole number of 1 or more, not "${v}"`);
      jobs = Number(v);
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
  const bad = checkInspectionArgs(format, out, inspection);
  if (bad) throw new UsageError(bad);
  return { central, format, out, jobs, quiet, files, inspection };
}
