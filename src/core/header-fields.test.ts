// Header fields in every printed form the field shows (Hướng dẫn 36-HD/VPTW and Nghị định 30/2020
// layouts, drafts with blank fields, conversions that put spaces around separators).
import { describe, expect, it } from 'vitest';
import { kindOfTitle, readPrintedDate, readPrintedNumber } from './header-fields.ts';
import { displayOrg, issuerFromLetterhead } from './org-names.ts';

describe('readPrintedNumber', () => {
  it.each([
    ['Số 1154-CV/TU', '1154-CV/TU', 'Công văn'],
    ['Số 652 - CV/ĐU', '652-CV/ĐU', 'Công văn'],
    ['Số: 1026/KH-UBND', '1026/KH-UBND', 'Kế hoạch'],
    ['Số:10988/BNV-CQĐP', '10988/BNV-CQĐP', 'Công văn'],
    ['Số: 3210/QĐ - UBND', '3210/QĐ-UBND', 'Quyết định'],
    ['Số: 22/2013/QĐ-TTg', '22/2013/QĐ-TTg', 'Quyết định'],
    ['Số: 102/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN', '102/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN', 'Nghị quyết liên tịch'],
    ['Số 445-KL/TƯ', '445-KL/TƯ', 'Kết luận'],
  ])('%s → %s', (line, number, kind) => expect(readPrintedNumber(line)).toEqual({ number, kind }));
  it('reads a blank number as blank, with the kind its code gives', () => {
    expect(readPrintedNumber('Số: /HD-MTTQ-BTT')).toEqual({ number: null, kind: 'Hướng dẫn' });
    expect(readPrintedNumber('Số:         /HD- MTTQ-BTT')).toEqual({ number: null, kind: 'Hướng dẫn' });
    expect(readPrintedNumber('SỐ: - KH/ĐTN')).toEqual({ number: null, kind: 'Kế hoạch' });
  });
  it('reads nothing where no number is printed', () => expect(readPrintedNumber('Số lượng cán bộ tăng')).toBeNull());
});

describe('readPrintedDate', () => {
  it('reads place and date, wrapped or split by a cell mark, in words or figures', () => {
    expect(readPrintedDate('Nghệ An, ngày 26 tháng 11 năm 2025')).toEqual({ place: 'Nghệ An', date: '2025-11-26', blank: false });
    expect(readPrintedDate('Nghệ An, ngày 26 / tháng 11 năm 2025')).toEqual({ place: 'Nghệ An', date: '2025-11-26', blank: false });
    expect(readPrintedDate('*Hà Nội, ngày 02/12/2025*')).toEqual({ place: 'Hà Nội', date: '2025-12-02', blank: false });
  });
  it('says a draft left the day blank', () => {
    expect(readPrintedDate('Quảng Ninh, ngày     tháng 11 năm 2025')).toEqual({ place: 'Quảng Ninh', date: null, blank: true });
  });
  it('does not take a body sentence for the date line', () => expect(readPrintedDate('ngày 26/4/2022 đã thảo luận Tờ trình')).toBeNull());
});

describe('kindOfTitle', () => {
  it('reads kinds as titles print them, a PDF\'s broken glyphs and spaces included', () => {
    expect(['KẾ HOẠCH', 'NGHỊ QUYẾT LIÊN TỊCH', '**KẾT LUẬN**', 'K ÉT LUẬN', 'CHƯƠNG TRÌNH HÀNH ĐỘNG'].map(kindOfTitle)).toEqual(['Kế hoạch', 'Nghị quyết liên tịch', 'Kết luận', 'Kết luận', 'Chương trình hành động']);
    expect(kindOfTitle('HƯỚNG DẪN QUY TRÌNH HIỆP THƯƠNG')).toBeNull();
  });
});

describe('the issuer from the letterhead', () => {
  it.each([
    [['ỦY BAN NHÂN DÂN', 'TỈNH NGHỆ AN'], 'UBND tỉnh Nghệ An'],
    [['ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM', 'TỈNH QUẢNG NINH', 'BAN THƯỜNG TRỰC'], 'Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Ninh'],
    [['ĐẢNG BỘ TỈNH LẠNG SƠN', 'TỈNH ỦY'], 'Tỉnh ủy Lạng Sơn'],
    [['ĐẢNG BỘ KHỐI CÁC CƠ QUAN TW', 'ĐẢNG ỦY THÔNG TẤN XÃ VIỆT NAM'], 'Đảng ủy Thông tấn xã Việt Nam'],
    [['UBND TỈNH ĐẮK LẮK', 'SỞ KHOA HỌC VÀ CÔNG NGHỆ'], 'Sở Khoa học và Công nghệ'],
    [['BỘ NỘI VỤ'], 'Bộ Nội vụ'],
    [['THÀNH ĐOÀN HÀ NỘI', 'BCH ĐOÀN XÃ PHÚC THỊNH'], 'BCH Đoàn xã Phúc Thịnh'],
  ])('%j → %s', (lines, issuer) => expect(issuerFromLetterhead(lines)).toBe(issuer));
  it('spells bodies as people write them', () => {
    expect(displayOrg('BAN CHẤP HÀNH ĐẢNG BỘ TỈNH HÀ GIANG')).toBe('Ban Chấp hành Đảng bộ tỉnh Hà Giang');
    expect(displayOrg('BỘ CHÍNH TRỊ, BAN BÍ THƯ')).toBe('Bộ Chính trị, Ban Bí thư');
  });
});
