/** Progress of a batch on stderr, so that stdout carries only the machine output. */

/** Where progress goes: a stream and whether it is a terminal. */
export interface ProgressSink {
  readonly write: (text: string) => void;
  readonly isTTY: boolean;
}

export interface Progress {
  /** One more file finished. */
  readonly tick: () => void;
  /** A message (a file that failed) on its own line, never mixed into the updating line. */
  readonly note: (line: string) => void;
  /** The final summary line. */
  readonly finish: (summary: string) => void;
}

/** Seconds since `start`, one decimal: "12.3 s". */
export const elapsed = (start: number, now: number) => `${((now - start) / 1000).toFixed(1)} s`;

/**
 * Reports "doichieu: 420/1000 files, 12.3 s". On a terminal one line rewritten in place (`\r`, at
 * most every 100 ms); in a log or pipe a line at every tenth of the way, so a CI log of a
 * 10,000-file run stays a dozen lines. `quiet`: nothing but the notes (the failed files).
 */
export function createProgress(total: number, sink: ProgressSink, quiet: boolean, now: () => number = () => performance.now()): Progress {
  const start = now();
  let done = 0, lastDraw = -Infinity, drawn = false, nextStep = 1;
  const line = () => `doichieu: ${done}/${total} files, ${elapsed(start, now())}`;
  const clear = () => { if (drawn) { sink.write('\r\x1b[K'); drawn = false; } };
  return {
    tick() {
      done++;
      if (quiet) return;
      if (sink.isTTY) {
        if (now() - lastDraw < 100 && done < total) return;
        lastDraw = now();
        sink.write(`\r\x1b[K${line()}`);
        drawn = true;
      } else if (done * 10 >= nextStep * total) {
        // Several steps at once when total < 10: one line, not one per skipped step.
        while (done * 10 >= nextStep * total) nextStep++;
        sink.write(`${line()}\n`);
      }
    },
    note(text) {
      clear();
      sink.write(`${text}\n`);
    },
    finish(summary) {
      clear();
      if (!quiet) sink.write(`${summary}\n`);
    },
  };
}
