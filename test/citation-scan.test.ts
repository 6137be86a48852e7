/**
 * The anchored citation scans (src/core/citation-scan.ts) find exactly what a scan of the whole text
 * with the global expressions finds: on the corpus, on hand-made edge cases, and on texts spliced
 * at random from kind words, "số", colons, white space, digits and numbers.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NUMBERED_ALL, THIS_ALL, numberedMatches, thisMatches } from '../src/core/citation-scan.ts';

const globalScan = (re: RegExp, s: string) => [...s.matchAll(re)].map((m) => [m.index, ...m]);
const anchoredScan = (g: Iterable<RegExpExecArray>) => [...g].map((m) => [m.index, ...m]);
const same = (s: string) => {
  expect(anchoredScan(numberedMatches(s))).toEqual(globalScan(NUMBERED_ALL, s));
  expect(anchoredScan(thisMatches(s))).toEqual(globalScan(THIS_ALL, s));
};

const dir = path.resolve(import.meta.dirname, '../corpus');

describe('anchored citation scans', () => {
  it('match the global scans on every corpus text', () => {
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.txt'));
    expect(files.length).toBeGreaterThan(3);
    for (const f of files) same(fs.readFileSync(path.join(dir, f), 'utf8'));
  });

  it('match them on edge cases: long white space, colons, digits around, self-references', () => {
    for (const s of [
      'Quyết định   \n\n  số :  \t 99-QĐ/TW', 'số99-QĐ/TW', '123456-QĐ/TW', 'x99-QĐ/TW', 'Kế hoạch\n\n\n  này', 'Kế hoạch nàynày',
      'CHƯƠNG TRÌNH HÀNH ĐỘNG số 12-CTr/TU và Chương trình hành động này', '29/2022/QĐ-UBND 1234/UBND-VX 10/2022/QH15',
      'Số: 652 - CV/ĐU', 'ngày 03/10/2017 số 05 - HD/TU, Công văn này', '', '9', 'này', 'Luật này; Nghị quyết liên tịch số 102/2025/NQLT-BCA-BTC',
    ]) same(s);
  });

  it('match them on texts spliced at random', () => {
    const parts = ['Quyết định', 'quyết định', 'KẾ HOẠCH', 'Kế hoạch', 'Chỉ thị', 'số', 'Số', 'SỐ', ':', ' ', '  ', '\n', '\t', 'này', 'nay',
      '99', '-', 'QĐ', '/', 'TW', '2025', 'UBND', 'x', 'ngày', '12', ',', '99-QĐ/TW', '29/2022/QĐ-UBND', '1234/UBND-VX', 'của', 'Ban Bí thư'];
    let seed = 7;
    const rand = (n: number) => { seed = (seed * 1103515245 + 12345) % 2 ** 31; return seed % n; };
    for (let t = 0; t < 3000; t++) {
      let s = '';
      for (let k = rand(30); k > 0; k--) s += parts[rand(parts.length)]! + (rand(3) ? ' ' : '');
      same(s);
    }
  });
});
