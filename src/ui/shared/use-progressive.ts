/**
 * How many of `total` items to render now: `first` at once, then `step` more after each painted
 * frame until all are there. For lists whose items are costly to render and lay out (the clause
 * view's carrier cards with their word diffs: 30 at once were a task of ~520 ms at 5,000
 * documents, load 7), so no single task renders them all; every item is in the page a few frames later.
 */
import { useEffect, useState } from 'react';

/** The number of items to render, growing to `total`. */
export function useProgressive(total: number, first: number, step: number): number {
  const [shown, setShown] = useState(first);
  useEffect(() => {
    if (shown >= total) return;
    const grow = () => setShown((s) => s + step);
    if (typeof requestAnimationFrame !== 'function') {
      const timer = setTimeout(grow, 0);
      return () => clearTimeout(timer);
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    // Queued from the frame's rAF callback: runs once that frame (with the items so far) is painted.
    const frame = requestAnimationFrame(() => { timer = setTimeout(grow, 0); });
    return () => { cancelAnimationFrame(frame); if (timer !== undefined) clearTimeout(timer); };
  }, [shown, total, step]);
  return Math.min(shown, total);
}
