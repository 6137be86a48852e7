/** Command-line arguments of `analyze`. */
import os from 'node:os';
import { LANGS, type Lang } from '../messages/words.ts';

/**
 * Output formats: one report (json), one clause table (csv), a summary (md), one line per document
 * (ndjson), or the researchers' totals per issuer as CSV (totals).
 */
export type Format = 'json' | 'csv' | 'md' | 'ndjson' | 'totals';

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
}

/** A mistake in the command line: printed as one line, exit code 2. */
export class UsageError extends Error {}

export const USAGE = 'usage: npm run analyze -- [--central FILE ...] [--format json|csv|md|ndjson|totals] [--lang vi|en] [--out FILE] [--jobs N] [--quiet] [FILE|FOLDER ...]';

const FORMATS: readonly Format[] = ['json', 'csv', 'md', 'ndjson', 'totals'];

/** Parses `argv` (without node and script); throws `UsageError` on unknown options or bad values. */
export function parseArgs(argv: readonly string[]): Args {
  let format: Format = 'json', out: string | null = null, quiet = false, lang: Lang = 'vi';
  let jobs = os.availableParallelism();
  const files: string[] = [];
  const centrals: string[] = [];
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
    } else if (x === '--quiet' || x === '-q') quiet = true;
    else if (x === '--help' || x === '-h') throw new UsageError(USAGE);
    else if (x.startsWith('--')) throw new UsageError(`unknown option ${x}`);
    else files.push(x);
  }
  return { central: centrals[0] ?? null, centrals, format, out, jobs, quiet, lang, files };
}
