/**
 * `false` on the first render, `true` once the browser has painted the frame after it. A part
 * that measures the page when it mounts (recharts' responsive charts read their box with
 * getBoundingClientRect) mounts then: the layout is clean and the read is cheap, instead of
 * forcing the layout of a whole new page inside React's commit (the return to the overview at
 * 5,000 documents: 250 of its 700 ms task, CPU profile at load 18).
 */
import { useEffect, useState } from 'react';

/** Whether the frame after the first render has been painted (at once where there are no frames). */
export function useAfterPaint(): boolean {
  const [painted, setPainted] = useState(() => typeof requestAnimationFrame !== 'function');
  useEffect(() => {
    if (painted) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // A task queued from the frame's rAF callback runs after that frame is painted.
    const frame = requestAnimationFrame(() => { timer = setTimeout(() => setPainted(true), 0); });
    return () => { cancelAnimationFrame(frame); if (timer !== undefined) clearTimeout(timer); };
  }, [painted]);
  return painted;
}
