/**
 * Texts kept on disk in write order and read back once, in that order (json-stream.ts: the documents
 * that must wait for the run's chains). The texts are written raw and their byte lengths kept in
 * memory, so nothing is escaped, quoted or parsed again: an earlier spool wrote each text as a JSON
 * string line and read it back with readline, which cost more main-thread time than writing the
 * report itself (2,000 generated documents: 98 MB of json, every one spooled).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A spool: `put` appends a text (or its UTF-8 bytes), `drain` yields every one once in order, as bytes, and removes the file. */
export interface Spool {
  readonly put: (key: string, text: string | Uint8Array) => void;
  readonly drain: () => Generator<{ key: string; bytes: Buffer }>;
}

/** A spool whose temporary folder is made at the first `put`: one nothing is put in costs no file. */
export function openSpool(): Spool {
  let file: { dir: string; fd: number } | null = null;
  // Two flat arrays rather than an object per entry: a json run over 100,000 files keeps six spools.
  const keys: string[] = [];
  const lengths: number[] = [];
  return {
    put: (key, text) => {
      if (!file) {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'doichieu-'));
        file = { dir, fd: fs.openSync(path.join(dir, 'documents.spool'), 'w+') };
      }
      const buffer = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
      fs.writeSync(file.fd, buffer);
      keys.push(key);
      lengths.push(buffer.length);
    },
    *drain() {
      if (!file) return;
      const { dir, fd } = file;
      try {
        let at = 0;
        for (const [k, key] of keys.entries()) {
          const bytes = lengths[k]!;
          const buffer = Buffer.allocUnsafe(bytes);
          for (let got = 0; got < bytes;) got += fs.readSync(fd, buffer, got, bytes - got, at + got);
          at += bytes;
          yield { key, bytes: buffer };
        }
      } finally {
        fs.closeSync(fd);
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
