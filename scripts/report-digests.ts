/**
 * Writes test/fixtures/report-digests.json: the fingerprints of the JSON report (test/support/report-digests.ts)
 * that test/report-unchanged.test.ts compares against. Run it only when the analysis is meant to
 * change (a new aligner, a parser fix), in the same commit, and say so in the message:
 *
 *     npx tsx scripts/report-digests.ts [path/to/another/checkout/src/cli/analyze.ts]
 *
 * With a path, the fingerprints come from that checkout's CLI (the baseline was taken from main's).
 */
import fs from 'node:fs';
import path from 'node:path';
import { reportFingerprints } from '../test/support/report-digests.ts';

const out = path.resolve(import.meta.dirname, '../test/fixtures/report-digests.json');
const cli = process.argv[2] ? path.resolve(process.argv[2]) : undefined;
fs.writeFileSync(out, `${JSON.stringify(reportFingerprints(cli), null, 1)}\n`);
console.log(`wrote ${out}`);
