// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { markClauseClick, markOverviewShown, measureClauseHighlight, measurePairShown, PERF, watchPairLinks } from './perf-marks.ts';

const names = (name: string) => performance.getEntriesByName(name);
/** jsdom has no rAF-driven paint: the measure lands after a frame or two. */
const frames = () => new Promise((r) => setTimeout(r, 60));
/** Until the `name` entries number `n`: a frame or two, later on a loaded machine (60 ms was not always enough). */
const landed = (name: string, n: number) => vi.waitFor(() => expect(names(name)).toHaveLength(n), { timeout: 5_000, interval: 20 });

afterEach(() => { performance.clearMarks(); performance.clearMeasures(); });

describe('performance marks', () => {
  it('measures the first overview once per page', () => {
    markOverviewShown();
    markOverviewShown();
    expect(names(PERF.firstOverview)).toHaveLength(1);
    expect(names(PERF.firstOverview)[0]!.startTime).toBe(0);
  });

  it('measures a clause click to its highlight, and nothing without a click', async () => {
    measureClauseHighlight();
    await frames();
    expect(names(PERF.clauseHighlight)).toHaveLength(0);
    markClauseClick();
    measureClauseHighlight();
    measureClauseHighlight();
    await landed(PERF.clauseHighlight, 1);
    await frames();
    expect(names(PERF.clauseClick)).toHaveLength(1);
    expect(names(PERF.clauseHighlight)).toHaveLength(1);
  });

  it('starts the pair measure on a click on any link to a pair view', async () => {
    const unbind = watchPairLinks(document);
    document.body.innerHTML = '<a href="#/pair/x?c=1-1"><span id="in">open</span></a><a id="other" href="#/rules">rules</a>';
    document.getElementById('other')!.click();
    expect(names(PERF.pairClick)).toHaveLength(0);
    document.getElementById('in')!.click();
    measurePairShown();
    await landed(PERF.openPair, 1);
    await frames();
    expect(names(PERF.openPair)).toHaveLength(1);
    unbind();
  });
});
