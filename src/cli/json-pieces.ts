/**
 * `JSON.stringify(v, null, 2)` written piece by piece (issue 14): the corpus-wide part of a json
 * report over 100,000 documents is some 275 MB of text (every rule's examples, every document's
 * citations), more than one string should hold, so its long arrays are written item by item with
 * exactly the bytes the whole stringify would give.
 */
import { indented } from './sink.ts';

const pad = (depth: number) => '  '.repeat(depth);

/** A member of an object: its key and value, or its key and the items of an array value, written as they come. */
export type Member = readonly [key: string, value: unknown] | readonly [key: string, items: Iterable<unknown>, how: 'items'];

/** Writes the array of `items` as it appears `depth` levels deep. */
export function writeArray(write: (s: string) => void, items: Iterable<unknown>, depth: number): void {
  let n = 0;
  for (const item of items) write(`${n++ ? ',' : '['}\n${pad(depth + 1)}${indented(item, depth + 1)}`);
  write(n ? `\n${pad(depth)}]` : '[]');
}

/** Writes an object of at least one member, `depth` levels deep, its members in order (none may be undefined). */
export function writeObject(write: (s: string) => void, members: readonly Member[], depth: number): void {
  write('{');
  members.forEach((m, i) => {
    write(`${i ? ',' : ''}\n${pad(depth + 1)}${JSON.stringify(m[0])}: `);
    if (m.length === 3) writeArray(write, m[1], depth + 1);
    else write(indented(m[1], depth + 1));
  });
  write(`\n${pad(depth)}}`);
}

/** `write` with the small pieces gathered into chunks of about 64 KB (each write of an output file is a system call). */
export function chunked(write: (s: string) => void): { readonly write: (s: string) => void; readonly flush: () => void } {
  let parts: string[] = [];
  let size = 0;
  const flush = () => {
    if (parts.length) write(parts.join(''));
    parts = [];
    size = 0;
  };
  return {
    write: (s) => {
      parts.push(s);
      size += s.length;
      if (size >= 65_536) flush();
    },
    flush,
  };
}
