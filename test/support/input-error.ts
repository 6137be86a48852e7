/** The `InputError` a call is expected to fail with: one helper for the readers' tests (each file had its own copy). */
import { expect } from 'vitest';
import { InputError } from '../../src/core/errors.ts';

/** The error `p` rejects with; the test fails when it resolves or rejects with anything but an `InputError`. */
export async function errorOf(p: Promise<unknown>): Promise<InputError> {
  const e: unknown = await p.then(() => null, (err: unknown) => err);
  expect(e).toBeInstanceOf(InputError);
  return e as InputError;
}
