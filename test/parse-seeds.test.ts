// Parser regression on every seed as the built-in corpus holds it (bodies unchanged from ../shared/seeds).
import { describe, expect, it } from 'vitest';
import { parseCorpusFile } from './support/corpus.ts';
import { segmentClauses } from '../src/core/segment-clauses.ts';
import type { ParsedDocument } from '../src/core/types.ts';

const topTasks = (d: ParsedDocument) => [...new Set(d.blocks.filter((b) => b.part === 'task' || b.part === 'implementation').map((b) => b.unit))];
const blockWith = (d: ParsedDocument, s: string) => d.blocks.find((b) => b.text.includes(s));

describe('seed 000: TTXVN cover letter and the Kết luận it forwards, in one file', () => {
  const docs = parseCorpusFile('ttxvn-652-cv-du-and-kl-54.txt');
  it('splits into two documents by parsing', () => expect(docs.map((d) => d.meta.number)).toEqual(['652-CV/ĐU', '54-KL/TW']));
  it('reads the letter: 652-CV/ĐU of 22/05/2023 forwarding 54-KL/TW', () => {
    expect(docs[0]!.meta).toMatchObject({
      kind: 'Công văn', number: '652-CV/ĐU', issuer: 'Đảng ủy Thông tấn xã Việt Nam', place: 'Hà Nội',
      date: '2023-05-22', signer: 'Đỗ Thị Trang', implements: '54-KL/TW', role: 'forwarding',
    });
    expect(topTasks(docs[0]!)).toEqual([]);
  });
  it('keeps the received stamp as the cover letter’s frame, out of both bodies (nothing silently dropped)', () => {
    for (const d of docs) expect(d.blocks.some((b) => /Số đến/u.test(b.text))).toBe(false);
    const stamp = docs[0]!.spans!.find((s) => /Số đến/u.test(docs[0]!.text.slice(s.start, s.end)));
    expect(stamp?.role).toBe('frame');
  });
  it('reads KL 54: number and date from the cover letter (with a note), issuer and signer from its own text', () => {
    const kl = docs[1]!;
    expect(kl.meta).toMatchObject({ kind: 'Kết luận', number: '54-KL/TW', date: '2023-05-09', issuer: 'Ban Bí thư', signer: 'Trương Thị Mai', place: null });
    expect(kl.meta.notes.join(' ')).toMatch(/forwarding letter 652-CV\/ĐU/u);
    expect(kl.meta.title).toMatch(/^về tiếp tục thực hiện Quyết định số 99-QĐ\/TW/u);
    expect(kl.meta.title).not.toMatch(/Qua 5 năm/u);
  });
  it('finds KL 54\'s structure: assessment, lead-in, tasks 1–6 with "-" items under 6, closing', () => {
    const kl = docs[1]!;
    expect(topTasks(kl)).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(kl.blocks.filter((b) => b.unit === '6' && b.item)).toHaveLength(3);
    expect(kl.blocks.find((b) => b.unit === '6' && b.title)?.text).toBe('Tổ chức thực hiện');
    expect(kl.blocks.filter((b) => b.part === 'assessment')).toHaveLength(3);
    expect(kl.blocks.find((b) => b.part === 'closing')?.text).toMatch(/^Kết luận này được phổ biến/u);
  });
  it('joins "…Mặt trận Tổ quốc" / "Việt Nam và…" cut by a page break', () => {
    expect(blockWith(docs[1]!, 'Hoạt động giám sát của Mặt trận Tổ quốc Việt Nam và các tổ chức')).toBeDefined();
  });
});

describe('seed 001: Lạng Sơn 1154-CV/TU', () => {
  const [ls] = parseCorpusFile('lang-son-1154-cv-tu.txt');
  it('reads the metadata', () => {
    expect(ls!.meta).toMatchObject({
      kind: 'Công văn', number: '1154-CV/TU', issuer: 'Tỉnh ủy Lạng Sơn', place: 'Lạng Sơn', date: '2023-06-12',
      signer: 'Hoàng Văn Nghiệm', implements: '54-KL/TW', role: 'implementation',
    });
  });
  it('has tasks 1–6 ("**1.**" and "#### **6. …**" markers)', () => expect(topTasks(ls!)).toEqual(['1', '2', '3', '4', '5', '6']));
  it('repairs the three sentences cut by page breaks', () => {
    expect(blockWith(ls!, 'Đảng và hệ thống chính trị chưa sâu sắc, toàn diện')).toBeDefined();
    expect(blockWith(ls!, 'nhất là công tác dân vận của các cơ quan nhà nước')).toBeDefined();
    expect(blockWith(ls!, 'căn cứ chức năng, nhiệm vụ được giao')).toBeDefined();
  });
  it('removes markdown marks', () => expect(ls!.blocks.every((b) => !/[*#]/u.test(b.text))).toBe(true));
  it('keeps recipients and signature out of the body', () => {
    expect(ls!.frame.copyTo).toContain('Lưu Văn phòng Tỉnh ủy.');
    expect(ls!.blocks.some((b) => /Nơi nhận|Hoàng Văn Nghiệm/u.test(b.text))).toBe(false);
  });
});

describe('seed 002: Quảng Ngãi 1698-CV/TU', () => {
  const [qn] = parseCorpusFile('quang-ngai-1698-cv-tu.txt');
  it('reads the metadata; the issuer, absent from the header, is derived with a note', () => {
    expect(qn!.meta).toMatchObject({
      number: '1698-CV/TU', date: '2023-07-17', place: 'Quảng Ngãi', signer: 'Đinh Thị Hồng Minh',
      implements: '54-KL/TW', role: 'implementation', issuer: 'Tỉnh ủy Quảng Ngãi',
    });
    expect(qn!.meta.notes.join(' ')).toMatch(/issuer/u);
  });
  it('has no assessment, a lead-in and tasks 1–6', () => {
    expect(qn!.blocks.some((b) => b.part === 'assessment')).toBe(false);
    expect(qn!.blocks.filter((b) => b.part === 'lead-in')).toHaveLength(1);
    expect(topTasks(qn!)).toEqual(['1', '2', '3', '4', '5', '6']);
  });
  it('joins "…“tự chuyển hoá”" / "trong nội bộ. Đề cao…"', () => expect(blockWith(qn!, '“tự chuyển hoá” trong nội bộ. Đề cao')).toBeDefined());
});

describe('seed 003: the Thành ủy letter, hard-wrapped', () => {
  const [tu] = parseCorpusFile('thanh-uy-003.txt');
  it('has no number or date (nothing invented), a derived issuer and kind', () => {
    expect(tu!.meta).toMatchObject({ number: null, date: null, place: null, issuer: 'Thành ủy', kind: 'Công văn', signer: 'Phạm Văn Hiểu', implements: '54-KL/TW' });
    expect(tu!.front.label).toMatch(/Thành ủy/u);
  });
  it('makes each of the nine points one paragraph', () => {
    expect(topTasks(tu!)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
    for (const u of ['1', '2', '3', '4', '5', '6', '7', '8', '9']) expect(tu!.blocks.filter((b) => b.unit === u)).toHaveLength(1);
    expect(blockWith(tu!, 'thực hiện tốt một số nội dung sau:')?.part).toBe('lead-in');
  });
});

describe('seed 004: Kết luận 21-KL/TW (sao lục by Quận ủy Ba Đình)', () => {
  const [kl] = parseCorpusFile('kl-21-kl-tw.txt');
  it('reads the metadata, not the copy\'s', () => {
    expect(kl!.meta).toMatchObject({ kind: 'Kết luận', number: '21-KL/TW', date: '2021-10-25', place: 'Hà Nội', signer: 'Nguyễn Phú Trọng' });
  });
  it('reads the I / 1 / 2.1–2.5 / II structure', () => {
    expect(topTasks(kl!)).toEqual(['I', 'I.1', 'I.2', 'I.2.1', 'I.2.2', 'I.2.3', 'I.2.4', 'I.2.5', 'II', 'II.1', 'II.2', 'II.3', 'II.4']);
    expect(kl!.blocks.filter((b) => b.unit.startsWith('II')).every((b) => b.part === 'implementation')).toBe(true);
  });
  it('moves the <sup> footnote out of the body', () => {
    expect(kl!.frame.footnotes[0]).toMatch(/^Nguy cơ tụt hậu/u);
    expect(kl!.text).not.toMatch(/<sup>/u);
  });
  it('joins "tiếp nhận và" / "kip thời chỉ đạo" across blank lines', () => expect(blockWith(kl!, 'tiếp nhận và kip thời chỉ đạo')).toBeDefined());
  it('yields clauses from body parts only', () => {
    const clauses = segmentClauses(kl!);
    expect(clauses.some((c) => /Nơi nhận|SAO LỤC|Nguyễn Phú Trọng/u.test(c.text))).toBe(false);
  });
});
