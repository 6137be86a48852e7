/** Where the machine output goes: stdout, or the `--out` file. */
import fs from 'node:fs';

export interface Output {
  readonly write: (text: string) => void;
  /** Binary output (.xlsx, .docx): `--out` is required for those formats, so this goes to a file. */
  readonly writeBytes: (data: Uint8Array) => void;
  readonly close: () => void;
}

/**
 * `file` null: stdout. Otherwise the file is created on the first write — a run that fails before
 * producing output leaves no empty or partial file behind — and written synchronously, so ndjson
 * lines are on disk as soon as their documents finish.
 */
export function openOutput(file: string | null): Output {
  if (file === null) {
    // `analyze … | head` closes the pipe early: stop quietly instead of a stack trace.
    process.stdout.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code !== 'EPIPE') throw e;
      process.exit(process.exitCode ?? 0);
    });
    return { write: (text) => { process.stdout.write(text); }, writeBytes: (data) => { process.stdout.write(data); }, close: () => {} };
  }
  let fd: number | null = null;
  return {
    write: (text) => { fs.writeSync(fd ??= fs.openSync(file, 'w'), text); },
    writeBytes: (data) => { fs.writeSync(fd ??= fs.openSync(file, 'w'), data); },
    close: () => { if (fd !== null) fs.closeSync(fd); fd = null; },
  };
}
