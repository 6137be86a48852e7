/** Vitest's global setup: the command line compiled once for every CLI test (see run-cli.ts). */
import { buildCli } from '../../scripts/build-cli.ts';

export default async function setup(): Promise<void> {
  await buildCli();
}
