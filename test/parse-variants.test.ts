// Document shapes the seeds do not show, written for these tests (synthetic, not real documents):
// a provincial plan with roman sections and "a)" items, and a district letter whose tasks are
// unnumbered "-" items, with header lines not separated by blank lines.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocuments } from '../src/core/parse-document.ts';
import { segmentClauses } from '../src/core/segment-clauses.ts';
import { analyze } from '../src/core/analyze.ts';
import { builtinAnalysis } from './support/corpus.ts';

const variant = (f: string) => parseDocuments(f, fs.readFileSync(path.resolve(import.meta.dirname, 'fixtures/variants', f), 'utf8'))[0]!;

describe('a Kế hoạch with roman sections', () => {
  const d = variant('ke-hoach-roman-sections.txt');
  it('reads its metadata', () => {
    expect(d.meta).toMatchObject({ kind: 'Kế hoạch', number: '87-KH/TU', issuer: 'Ban Chấp hành Đảng bộ tỉnh Hà Giang', date: '2023-08-03', signer: 'Nguyễn Văn Sơn', implements: '54-KL/TW' });
  });
  it('nests numbered tasks under roman sections, III as implementation, "a)" lines as items', () => {
    expect([...new Set(d.blocks.map((b) => b.unit))]).toEqual(['lead-in', 'I', 'I.1', 'I.2', 'II', 'II.1', 'II.2', 'III', 'III.1', 'III.2']);
    expect(d.blocks.filter((b) => b.unit.startsWith('III')).every((b) => b.part === 'implementation')).toBe(true);
    expect(d.blocks.filter((b) => b.unit === 'II.2' && b.item).map((b) => b.text)).toEqual(['Các huyện ủy, thành ủy chủ động xây dựng kế hoạch kiểm tra.', 'Ủy ban Kiểm tra Tỉnh ủy tham mưu giám sát chuyên đề.']);
  });
  it('finds its copy of central task 5 and its localized task 2', () => {
    const a = analyze({ central: builtinAnalysis().central, documents: [d] }).documents[0]!;
    const r = (s: string) => a.clauses.find((x) => x.clause.text.startsWith(s))!;
    expect(r('Tăng cường công tác kiểm tra, giám sát').class).toBe('verbatim');
    expect(r('Rà soát, bổ sung, hoàn thiện quy chế, quy định')).toMatchObject({ class: 'adapted', central: ['2-1'] });
  });
});

describe('a Công văn with unnumbered "-" tasks and header lines without blank lines', () => {
  const d = variant('cong-van-dash-tasks.txt');
  it('reads number, place and date from lines of one block', () => {
    expect(d.meta).toMatchObject({ number: '215-CV/HU', issuer: 'Huyện ủy Định Hóa', place: 'Định Hóa', date: '2023-07-05', signer: 'Trần Thị Hà', implements: '54-KL/TW', kind: 'Công văn' });
  });
  it('makes each "-" item a task and the last line the closing', () => {
    expect(d.blocks.map((b) => b.part)).toEqual(['lead-in', 'task', 'task', 'task', 'closing']);
    expect(segmentClauses(d).map((c) => c.unit)).toEqual(['lead-in', 'p2', 'p2', 'p3', 'p4', 'closing']);
  });
});
