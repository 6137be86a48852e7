// @vitest-environment jsdom
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { useProgressive } from '../../src/ui/shared/use-progressive.ts';
import { useAfterPaint } from '../../src/ui/shared/use-after-paint.ts';

afterEach(cleanup);

/**
 * Lets frames and timers run (the hooks wait for painted frames, which jsdom gives every ~16 ms).
 * Outside act(): inside it React holds every update until the callback ends, one step in all.
 */
const frames = (ms: number) => new Promise<void>((r) => { setTimeout(r, ms); });
const env = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
beforeAll(() => { env.IS_REACT_ACT_ENVIRONMENT = false; });
afterAll(() => { env.IS_REACT_ACT_ENVIRONMENT = true; });

function List({ total }: { total: number }) {
  const n = useProgressive(total, 3, 4);
  return <ol>{Array.from({ length: n }, (_, i) => <li key={i}>{i}</li>)}</ol>;
}

function Painted() {
  return <p>{useAfterPaint() ? 'painted' : 'first'}</p>;
}

describe('useProgressive', () => {
  it('renders the first items at once, then every item', async () => {
    render(<List total={13} />);
    expect(screen.getAllByRole('listitem').length).toBe(3);
    await frames(600);
    expect(screen.getAllByRole('listitem').length).toBe(13);
  });

  it('never renders more than there are', () => {
    render(<List total={2} />);
    expect(screen.getAllByRole('listitem').length).toBe(2);
  });
});

describe('useAfterPaint', () => {
  it('is true once the first frame is past (at once where there are no frames)', async () => {
    render(<Painted />);
    await frames(200);
    expect(screen.getByText('painted')).toBeTruthy();
  });
});
