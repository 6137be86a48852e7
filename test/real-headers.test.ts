// Header tests on every real file and every seed: number, kind, issuer, date, signer and what the
// document says it implements, as printed in the text (Nghị định 30/2020 and Hướng dẫn 36-HD/VPTW
// layouts, table cells, wrapped dates, blank fields of drafts, headers read from elsewhere).
import { describe, expect, it } from 'vitest';
import type { DocMeta } from '../src/core/types.ts';
import { parseReal } from './support/real.ts';
import { parseCorpusFile } from './support/corpus.ts';

type Want = Partial<Pick<DocMeta, 'number' | 'kind' | 'issuer' | 'date' | 'place' | 'signer' | 'implements' | 'role' | 'attachment'>>;

const REAL: Record<string, Want> = {
  'ct32-central_32-CT-TTg_quoted-in-article.txt': { number: '32/CT-TTg', kind: 'Chỉ thị', issuer: 'Thủ tướng Chính phủ', date: null, implements: null },
  'ct32-local_nghe-an_1026-KH-UBND.txt': { number: '1026/KH-UBND', kind: 'Kế hoạch', issuer: 'UBND tỉnh Nghệ An', date: '2025-11-26', signer: 'Bùi Thanh An', implements: '32/CT-TTg', role: 'implementation' },
  'kl221-central_221-KL-TW.txt': { number: '221-KL/TW', kind: 'Kết luận', issuer: 'Bộ Chính trị, Ban Bí thư', date: '2025-11-28', place: 'Hà Nội', signer: 'Trần Cẩm Tú', implements: null },
  'kl221-local_ban-chi-dao-chinh-phu_174-CV-BCD.txt': { number: '174/CV-BCĐ', kind: 'Công văn', issuer: 'Ban Chỉ đạo', date: '2025-12-02', signer: 'Phạm Thị Thanh Trà', implements: '192-KL/TW', role: 'implementation' },
  'kl127-central_127-KL-TW_news-repost.txt': { number: '127-KL/TW', kind: 'Kết luận', issuer: 'Bộ Chính trị, Ban Bí thư' },
  'nqlt102-central_102-2025-NQLT.txt': { number: '102/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN', kind: 'Nghị quyết liên tịch', issuer: 'Ủy ban Thường vụ Quốc hội - Chính phủ - Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam', date: '2025-09-26', signer: 'Đỗ Văn Chiến', implements: null },
  'nqlt102-province_mttq-quang-ninh_HD-hiep-thuong-draft.txt': { number: null, kind: 'Hướng dẫn', issuer: 'Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Ninh', place: 'Quảng Ninh', date: null, signer: 'Nguyễn Chí Thành' },
  'nqlt102-commune_mttq-luong-minh_KH-hiep-thuong-lan-2.txt': { number: null, kind: 'Kế hoạch', issuer: 'Ban Thường trực Ủy ban MTTQ Việt Nam xã Lương Minh', place: 'Lương Minh', date: null, signer: 'Lan Thị Vân' },
  'nqlt102-commune-other_mttq-luong-minh_KH-25-11-2025_cites-NQ101.txt': { number: null, kind: 'Kế hoạch', issuer: 'Ban Thường trực Ủy ban MTTQ Việt Nam xã Lương Minh', date: '2025-11-25', implements: '16/KH-MTTQ-BTT' },
  'qd22-central_22-2013-QD-TTg.txt': { number: '22/2013/QĐ-TTg', kind: 'Quyết định', issuer: 'Thủ tướng Chính phủ', date: '2013-04-26', signer: 'Nguyễn Tấn Dũng', implements: null },
  'qd22-local_tphcm_3210-QD-UBND_decision-with-attached-plan.txt': { number: '3210/QĐ-UBND', kind: 'Quyết định', attachment: 'Kế hoạch', issuer: 'UBND thành phố Hồ Chí Minh', date: '2014-06-28', signer: 'Nguyễn Hữu Tín', implements: '09/2013/TT-BXD', role: 'implementation' },
  'damage_hard-wrap_thanh-hoa_15-CT-UBND.txt': { number: '15/CT-UBND', kind: 'Chỉ thị', issuer: 'UBND tỉnh Thanh Hoá', date: '2019-10-10', implements: '20/CT-TTg' },
  'damage_pdf-text-layer_thua-thien-hue_445-KL-TU.txt': { number: '445-KL/TƯ', kind: 'Kết luận', issuer: 'Tỉnh ủy Thừa Thiên Huế', date: '2022-05-13', implements: null },
  'damage_pdftotext_doan-phuc-thinh_KH.txt': { number: null, kind: 'Kế hoạch', issuer: 'BCH Đoàn xã Phúc Thịnh', date: '2025-01-05', signer: 'Trương Đình Nam' },
  'damage_scrambled-diacritics_127-KL-TW.txt': { number: '127-KL/TW', kind: 'Kết luận' },
  'negative_news-summary_74-NQ-CP.txt': { number: null, implements: null, role: null },
  'negative_english-summary_19-CT-TTg.txt': { number: null, implements: null, role: null },
};

const SEEDS: Record<string, Want[]> = {
  'ttxvn-652-cv-du-and-kl-54.txt': [
    { number: '652-CV/ĐU', kind: 'Công văn', issuer: 'Đảng ủy Thông tấn xã Việt Nam', date: '2023-05-22', signer: 'Đỗ Thị Trang', implements: '54-KL/TW', role: 'forwarding' },
    { number: '54-KL/TW', kind: 'Kết luận', issuer: 'Ban Bí thư', date: '2023-05-09', signer: 'Trương Thị Mai' },
  ],
  'lang-son-1154-cv-tu.txt': [{ number: '1154-CV/TU', kind: 'Công văn', issuer: 'Tỉnh ủy Lạng Sơn', date: '2023-06-12', signer: 'Hoàng Văn Nghiệm', implements: '54-KL/TW', role: 'implementation' }],
  'quang-ngai-1698-cv-tu.txt': [{ number: '1698-CV/TU', kind: 'Công văn', issuer: 'Tỉnh ủy Quảng Ngãi', date: '2023-07-17', signer: 'Đinh Thị Hồng Minh', implements: '54-KL/TW', role: 'implementation' }],
  'thanh-uy-003.txt': [{ number: null, kind: 'Công văn', issuer: 'Thành ủy', date: null, signer: 'Phạm Văn Hiểu', implements: '54-KL/TW', role: 'implementation' }],
  'kl-21-kl-tw.txt': [{ number: '21-KL/TW', kind: 'Kết luận', issuer: 'Ban Chấp hành Trung ương', date: '2021-10-25', signer: 'Nguyễn Phú Trọng' }],
};

describe('headers of every real file, as printed', () => {
  for (const [file, want] of Object.entries(REAL)) {
    it(file, () => expect(parseReal(file).at(-1)!.meta).toMatchObject(want));
  }
  it('says where a field not printed in the header came from, and that a draft left fields blank', () => {
    expect(parseReal('kl221-local_ban-chi-dao-chinh-phu_174-CV-BCD.txt')[0]!.meta.notes.join(' ')).toMatch(/appendix note/u);
    expect(parseReal('ct32-central_32-CT-TTg_quoted-in-article.txt')[0]!.meta.notes.join(' ')).toMatch(/quoted in an article/u);
    expect(parseReal('nqlt102-province_mttq-quang-ninh_HD-hiep-thuong-draft.txt')[0]!.meta.notes.join(' ')).toMatch(/number: left blank.*date: left blank/u);
  });
  it('names all three signers of the joint resolution with their capacity', () => {
    const signers = parseReal('nqlt102-central_102-2025-NQLT.txt')[0]!.meta.signers!;
    expect(signers.map((s) => [s.capacity, s.name])).toEqual([['TM.', 'Đỗ Văn Chiến'], ['TM.', 'Phạm Minh Chính'], ['TM.', 'Trần Thanh Mẫn']]);
  });
});

describe('headers of the seeds, unchanged', () => {
  for (const [file, wants] of Object.entries(SEEDS)) {
    it(file, () => {
      const docs = parseCorpusFile(file);
      wants.forEach((w, i) => expect(docs[i]!.meta).toMatchObject(w));
    });
  }
});
