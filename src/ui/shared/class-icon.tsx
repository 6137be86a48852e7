/** Class symbols drawn in SVG (font-independent): = verbatim, ≈ adapted, + added, − omitted. */
import type { PairClass } from '../../state/combine/combine-pair.ts';

const PATHS: Readonly<Record<PairClass, string>> = {
  verbatim: 'M3 6h10M3 10h10',
  adapted: 'M3 6.5c2-2 4 1 5 0s3-2 5 0M3 10.5c2-2 4 1 5 0s3-2 5 0',
  added: 'M8 3v10M3 8h10',
  omitted: 'M3 8h10',
  none: 'M7 8h2',
};

/** A 1em icon for a class; decorative (the label next to it carries the meaning). */
export function ClassIcon({ cls }: { cls: PairClass }) {
  return (
    <svg className={`class-icon class-icon--${cls}`} viewBox="0 0 16 16" width="1em" height="1em" aria-hidden="true" focusable="false">
      <path d={PATHS[cls]} fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
    </svg>
  );
}
