// The JSON report's existing fields are the same as before reasons and notes became data: the
// report of the built-in corpus, of each seed and of every family of ../shared/real, written by
// `npm run analyze -- --format json`, fingerprinted part by part without the fields added since
// (test/support/report-digests.ts), against the fingerprints taken from main before the change
// (test/fixtures/report-digests.json). The whole reports are too large to keep (1.4 MB); a
// fingerprint names the part that changed, and the report of both checkouts shows how.
// When the analysis is meant to change, regenerate the fingerprints (scripts/report-digests.ts).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportFingerprints } from './support/report-digests.ts';
import { CLI } from './support/run-cli.ts';

const expected = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, 'fixtures/report-digests.json'), 'utf8')) as Record<string, Record<string, string>>;

describe('the JSON report', () => {
  it('keeps every existing field of every part as it was, for the corpus, the seeds and the real documents', () => {
    const got = reportFingerprints(CLI); // the compiled command; the same sources as `npm run analyze`
    expect(Object.keys(got)).toEqual(Object.keys(expected));
    for (const [run, parts] of Object.entries(expected)) {
      const changed = Object.keys({ ...parts, ...got[run] }).filter((p) => parts[p] !== got[run]?.[p]);
      expect(changed, `${run}: parts that differ`).toEqual([]);
    }
    // A dozen CLI runs: ~25 s of CPU, but over the 60 s default on a loaded 2-core machine.
  }, 300_000);
});
