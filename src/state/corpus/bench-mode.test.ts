import { describe, expect, it } from 'vitest';
import { BENCH_MAX, parseBenchMode, withoutBench } from './bench-mode.ts';

describe('benchmark flag', () => {
  it('is off without the flag', () => {
    expect(parseBenchMode('')).toEqual({ kind: 'off' });
    expect(parseBenchMode('?lang=en')).toEqual({ kind: 'off' });
  });
  it('defaults to 1,000 documents and seed 1', () => {
    expect(parseBenchMode('?bench')).toEqual({ kind: 'on', n: 1000, seed: 1, capped: false });
    expect(parseBenchMode('?bench=')).toEqual({ kind: 'on', n: 1000, seed: 1, capped: false });
  });
  it('reads N and the seed, and caps N', () => {
    expect(parseBenchMode('?bench=40&seed=7')).toEqual({ kind: 'on', n: 40, seed: 7, capped: false });
    expect(parseBenchMode('?bench=99999')).toEqual({ kind: 'on', n: BENCH_MAX, seed: 1, capped: true });
  });
  it('refuses what is not a positive whole number', () => {
    for (const bad of ['abc', '0', '-5', '1.5', '1e3']) expect(parseBenchMode(`?bench=${bad}`)).toEqual({ kind: 'invalid', raw: bad });
    expect(parseBenchMode('?bench=10&seed=x')).toEqual({ kind: 'invalid', raw: 'seed=x' });
  });
  it('removes the flag and its seed only', () => {
    expect(withoutBench('?bench=40&seed=2')).toBe('');
    expect(withoutBench('?x=1&bench=40')).toBe('?x=1');
  });
});
