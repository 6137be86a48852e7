// What a change does (src/core/effects.ts), rule by rule: each on a real sentence pair from the
// seeds or ../shared/real, with a constructed counter-example that must not fire.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { EFFECT_CODES, effectCounts, effectsOf, hasWeakening, isWeakeningOnly, type Effect, type EffectKind } from '../src/core/effects.ts';
import { BCD174, CT32, CT32L, KL221, LMINH, NQLT, QD22, QNINH, S000, S001, S002, S003, clip, flat, pairOf } from './support/real-text.ts';

const codes = (es: readonly Effect[]) => es.map((e) => e.code);
const kinds = (es: readonly Effect[]) => new Set<EffectKind>(es.map((e) => e.kind));
const run = (central: string, local: string, siblings: readonly string[] = []) => effectsOf(pairOf(central, local, siblings));

// KL 54 (seed 000) task 5 and the two provinces that carry it.
const KL54_5 = clip(S000, 'xử lý nghiêm minh, kịp thời cán bộ', '"tự chuyển hoá";');
const QN_5 = clip(S002, 'xử lý nghiêm, kịp thời cán bộ', '“tự chuyển hoá”;');
const LS_5 = clip(S001, 'xử lý nghiêm minh, kịp thời cán bộ', '“tự chuyển hóa”;');

describe('weakened', () => {
  it('Quảng Ngãi 1698 task 5 softens KL 54\'s "xử lý nghiêm minh" to "xử lý nghiêm": the evidence holds "minh"', () => {
    const p = pairOf(KL54_5, QN_5);
    const es = effectsOf(p);
    expect(codes(es)).toEqual(['FORCE_SOFTENED']);
    const [e] = es;
    expect(e!.kind).toBe('weakened');
    expect(e!.values).toEqual({ from: 'nghiêm minh', to: 'nghiêm' });
    expect(e!.evidence.central).toContain('minh');
    expect(e!.evidence.local).not.toContain('minh');
    expect(p.centralText.slice(...e!.spans.central!)).toBe('nghiêm minh');
    expect(p.localText.slice(...e!.spans.local!)).toBe('nghiêm');
    expect(isWeakeningOnly(es)).toBe(true);
  });
  it('Lạng Sơn 1154\'s task 5, identical but for quotes and tone marks, has no effect', () => {
    expect(run(KL54_5, LS_5)).toEqual([]);
  });
  it('constructed: "nghiêm" → "nghiêm minh" strengthens, it does not weaken', () => {
    const es = run(QN_5, KL54_5);
    expect(codes(es)).toEqual(['FORCE_HARDENED']);
    expect(hasWeakening(es)).toBe(false);
  });
  it('Quảng Ngãi 1-1 drops the "nghiêm" of KL 54\'s "tổ chức thực hiện nghiêm, có hiệu quả"', () => {
    const central = clip(S000, 'Tăng cường thể chế hoá, cụ thể hoá', 'nhất là quy chế dân chủ ở cơ sở;');
    const local = clip(S002, 'Tiếp tục quán triệt, tuyên truyền', 'cán bộ chủ chốt và cán bộ, đảng viên;');
    const es = run(central, local);
    const drop = es.find((e) => e.code === 'FORCE_DROPPED')!;
    expect(drop.values).toEqual({ word: 'nghiêm', group: 'force' });
    expect(drop.evidence.central).toContain('thực hiện nghiêm');
  });
  it('constructed: a force word after "chưa" describes a shortcoming; dropping it weakens nothing', () => {
    const central = clip(S000, 'một số phản ánh, kiến nghị của Nhân dân chưa được xem xét kịp thời', 'thấu đáo.');
    expect(hasWeakening(run(central, 'một số phản ánh, kiến nghị của Nhân dân chưa được xem xét thấu đáo.'))).toBe(false);
  });
  it('constructed from Chỉ thị 32: "phải" → "cần" and "không để" → "hạn chế" soften', () => {
    const must = clip(CT32, 'nội dung nào chưa có, chưa phù hợp phải bổ sung', 'bảo vệ bí mật nhà nước.');
    expect(run(must, must.replace('phải bổ sung', 'cần bổ sung'))[0]).toMatchObject({ code: 'FORCE_SOFTENED', values: { from: 'phải', to: 'cần' } });
    const never = clip(CT32, 'không để xảy ra tình trạng lộ, mất bí mật nhà nước', 'vật chứa bí mật nhà nước;');
    expect(run(never, never.replace('không để xảy ra', 'hạn chế xảy ra'))[0]).toMatchObject({ code: 'FORCE_SOFTENED', values: { from: 'không để', to: 'hạn chế' } });
  });
  it('Chỉ thị 32\'s "xử lý nghiêm" dropped from Nghệ An\'s half of a split clause is carried by the other half: no weakening', () => {
    const central = clip(CT32, 'đẩy mạnh công tác thanh tra, kiểm tra', 'xử lý nghiêm vi phạm về bảo vệ bí mật nhà nước.');
    const first = clip(CT32L, 'Đẩy mạnh công tác thanh tra, kiểm tra', 'từ sớm, từ xa;');
    const second = clip(CT32L, 'điều tra, xử lý nghiêm vi phạm', 'bảo vệ bí mật nhà nước.');
    expect(run(central, first, [second])).toEqual([]);
    expect(hasWeakening(run(central, first))).toBe(true);
  });
});

describe('deadlines and targets', () => {
  it('174/CV-BCĐ moves KL 221\'s "hoàn thành trong năm 2025" to "hoàn thành trước ngày 15/12/2025": earlier, strengthened', () => {
    const central = clip(KL221, 'Yêu cầu Đảng uỷ Chính phủ chỉ đạo các cấp uỷ, tổ chức đảng ở Trung ương', 'hoàn thành trong năm 2025.');
    const local = clip(BCD174, 'Khẩn trương nghiên cứu, giải quyết, xử lý các kiến nghị', 'hoàn thành trước ngày 15/12/2025.');
    const e = run(central, local).find((x) => x.code.startsWith('DEADLINE'))!;
    expect(e).toMatchObject({ kind: 'strengthened', code: 'DEADLINE_EARLIER', values: { from: 'hoàn thành trong năm 2025', to: 'trước ngày 15/12/2025' } });
  });
  it('Quảng Ninh restates NQLT 102\'s "chậm nhất là ngày 01 tháng 02 năm 2026" at "17 giờ 00" of the same day: no deadline effect', () => {
    const central = clip(NQLT, 'hội nghị cử tri ở thôn, tổ dân phố được thực hiện theo quy định tại khoản 6 Điều 52', 'hoàn thành chậm nhất là ngày 01 tháng 02 năm 2026.');
    const local = clip(QNINH, 'hội nghị cử tri ở thôn, tổ dân phố được thực hiện theo quy định tại khoản 6 Điều 52', 'hoàn thành chậm nhất là 17 giờ 00 ngày 01 tháng 2 năm 2026.');
    expect(codes(run(central, local)).filter((c) => c.startsWith('DEADLINE'))).toEqual([]);
  });
  it('constructed from 174/CV-BCĐ: "chậm nhất ngày 25/12/2025" dropped weakens, added strengthens, a later date weakens', () => {
    const withDeadline = clip(BCD174, 'các Bộ, cơ quan ngang Bộ khẩn trương rà soát', 'Thời hạn hoàn thành chậm nhất ngày 25/12/2025.');
    const without = withDeadline.replace(' Thời hạn hoàn thành chậm nhất ngày 25/12/2025.', '');
    expect(run(withDeadline, without)).toEqual([expect.objectContaining({ kind: 'weakened', code: 'DEADLINE_DROPPED', values: { deadline: 'chậm nhất ngày 25/12/2025' } })]);
    expect(run(without, withDeadline)).toEqual([expect.objectContaining({ kind: 'strengthened', code: 'DEADLINE_ADDED' })]);
    expect(codes(run(withDeadline, withDeadline.replace('25/12/2025', '31/01/2026')))).toEqual(['DEADLINE_LATER']);
    // A date that is no deadline: a cited report's date changed is no deadline moved.
    const cite = clip(BCD174, 'Đối với 355 nhiệm vụ cần ban hành văn bản', 'ngày 27/11/2025 của Bộ Nội vụ gửi kèm),');
    expect(codes(run(cite, cite.replace('27/11/2025', '28/11/2025')))).toEqual(['REWORDED']);
  });
  it('constructed from QĐ 22: "100%" dropped weakens; 95% → 100% strengthens; a cap lowered strengthens', () => {
    const full = clip(QD22, 'thì ngân sách trung ương hỗ trợ 100%', 'theo mức quy định;');
    expect(run(full, full.replace(' 100%', ''))).toEqual([expect.objectContaining({ kind: 'weakened', code: 'TARGET_DROPPED', values: { target: '100%' } })]);
    expect(codes(run(full.replace('100%', '95%'), full))).toEqual(['TARGET_RAISED']);
    const cap = clip(QD22, 'với mức tối đa không quá 0,5%', 'tổng kinh phí');
    expect(codes(run(cap, cap.replace('0,5%', '0,3%')))).toEqual(['TARGET_RAISED']);
    expect(codes(run(cap, cap.replace('0,5%', '1%')))).toEqual(['TARGET_LOWERED']);
  });
  it('constructed: "hằng tuần" → "hằng tháng" reports less often', () => {
    const weekly = clip(BCD174, 'tại các báo cáo định kỳ hằng tuần', 'theo quy định');
    expect(codes(run(weekly, weekly.replace('hằng tuần', 'hằng tháng')))).toEqual(['FREQUENCY_LOWER']);
  });
});

describe('narrowed and widened', () => {
  it('174/CV-BCĐ lists KL 221\'s "giáo dục, đào tạo, y tế" as "giáo dục, đào tạo": one item fewer', () => {
    const es = run(clip(KL221, 'giáo dục, đào tạo, y tế;', 'y tế;'), clip(BCD174, 'giáo dục, đào tạo.', 'đào tạo.'));
    expect(es).toEqual([expect.objectContaining({ kind: 'narrowed', code: 'ENUM_ITEMS_DROPPED', values: { items: 'y tế', count: '1' } })]);
  });
  it('Quảng Ngãi 1-1 drops KL 54\'s "nhất là quy chế dân chủ ở cơ sở"', () => {
    const central = clip(S000, 'Tăng cường thể chế hoá, cụ thể hoá', 'nhất là quy chế dân chủ ở cơ sở;');
    const local = clip(S002, 'Tiếp tục quán triệt, tuyên truyền', 'cán bộ chủ chốt và cán bộ, đảng viên;');
    expect(run(central, local).find((e) => e.code === 'EMPHASIS_DROPPED')).toMatchObject({ kind: 'narrowed', values: { qualifier: 'nhất là', what: 'quy chế dân chủ ở cơ sở' } });
  });
  it('constructed from KL 54 2-4: "cán bộ, đảng viên, nhất là người đứng đầu, cán bộ ở cơ sở" → "cán bộ, đảng viên" narrows; added back it widens', () => {
    const central = clip(S000, 'Đề cao trách nhiệm tiên phong', 'nhất là người đứng đầu, cán bộ ở cơ sở.');
    const local = central.replace(', nhất là người đứng đầu, cán bộ ở cơ sở.', '.');
    expect(run(central, local)).toEqual([expect.objectContaining({ kind: 'narrowed', code: 'EMPHASIS_DROPPED', values: { qualifier: 'nhất là', what: 'người đứng đầu, cán bộ ở cơ sở' } })]);
    expect(codes(run(local, central))).toEqual(['EMPHASIS_ADDED']);
  });
  it('Nghệ An adds "cơ quan" to Chỉ thị 32\'s "tại các bộ phận, vị trí trọng yếu": widened', () => {
    const central = clip(CT32, 'Thực hiện việc kiểm định, kiểm tra an toàn thiết bị', 'nơi lưu trữ bí mật nhà nước.');
    const local = clip(CT32L, 'Đề xuất với các cơ quan chức năng kiểm định', 'nơi lưu trữ bí mật nhà nước;');
    expect(run(central, local).find((e) => e.kind === 'widened')).toMatchObject({ code: 'ENUM_ITEMS_ADDED', values: { items: 'cơ quan', count: '1' } });
  });
  it('constructed: a dropped "các" is not a narrowing; Nghệ An\'s "tinh gọn tổ chức bộ máy" → "tinh gọn bộ máy" is not either', () => {
    const central = clip(CT32, 'Thực hiện việc kiểm định, kiểm tra an toàn thiết bị', 'nơi lưu trữ bí mật nhà nước.');
    expect(kinds(run(central, central.replace('tại các bộ phận', 'tại bộ phận'))).has('narrowed')).toBe(false);
    const es = run(clip(CT32, 'Chấp hành nghiêm các quy định', 'tinh gọn tổ chức bộ máy;'), clip(CT32L, 'Chấp hành nghiêm các quy định', 'tinh gọn bộ máy;'));
    expect(codes(es)).toEqual(['REWORDED']);
  });
  it('Lạng Sơn 2 moves "hoàn thiện" after "cụ thể hoá" and localizes "pháp luật có liên quan" to "quy chế, quy định": no item dropped', () => {
    const es = run(clip(S000, 'Rà soát, bổ sung, hoàn thiện pháp luật có liên quan', 'sát với thực tiễn;'), clip(S001, 'Rà soát, bổ sung, tiếp tục cụ thể hóa', 'sát với thực tiễn;'));
    expect(kinds(es).has('narrowed')).toBe(false);
  });
  it('constructed: items moved within the list ("kiểm tra, hướng dẫn" → "hướng dẫn, kiểm tra") are neither dropped nor added', () => {
    const central = clip(CT32, 'Giao Bộ trưởng Bộ Công an giúp Thủ tướng Chính phủ theo dõi', 'Chỉ thị này.');
    const es = run(central, central.replace('theo dõi, kiểm tra, hướng dẫn, đôn đốc', 'theo dõi, hướng dẫn, kiểm tra, đôn đốc'));
    expect(es.filter((e) => e.kind === 'narrowed' || e.kind === 'widened')).toEqual([]);
  });
});

describe('localized', () => {
  it('Lạng Sơn 6 turns "Ban Dân vận Trung ương" and "Ban Bí thư" into their Tỉnh ủy counterparts: localized, not weakened, not reassigned', () => {
    const es = run(clip(S000, 'Ban Dân vận Trung ương chủ trì', 'định kỳ báo cáo Ban Bí thư.'), clip(S001, 'Ban Dân vận Tỉnh ủy chủ trì', 'định kỳ báo cáo Ban Thường vụ Tỉnh ủy.'));
    expect(es.filter((e) => e.code === 'LEVEL_SWAP').map((e) => [e.values['from'], e.values['to']])).toEqual([
      ['Ban Dân vận Trung ương', 'Ban Dân vận Tỉnh ủy'], ['Ban Bí thư', 'Ban Thường vụ Tỉnh ủy'],
    ]);
    expect(kinds(es).has('weakened') || kinds(es).has('reassigned')).toBe(false);
  });
  it('Lạng Sơn 6 turns KL 54\'s "Các tỉnh uỷ, thành uỷ" into "Các huyện ủy, thành ủy": one level down', () => {
    const es = run(clip(S000, 'Các tỉnh uỷ, thành uỷ, các ban đảng', 'quán triệt Kết luận;'), clip(S001, 'Các huyện ủy, thành ủy, đảng ủy trực thuộc, các ban đảng', 'Kết luận số 54-KL/TW và Công văn này;'));
    expect(es.find((e) => e.code === 'LEVEL_SWAP')).toMatchObject({ values: { fromLevel: 'province', toLevel: 'district' } });
  });
  it('Nghệ An turns Chỉ thị 32\'s "Bộ Công an" into "Công an tỉnh": localized, not weakened', () => {
    const es = run(clip(CT32, 'Phối hợp chặt chẽ với Bộ Công an', 'phù hợp với thực tiễn.'), clip(CT32L, 'Phối hợp chặt chẽ với Công an tỉnh', 'phù hợp với thực tiễn.'));
    expect(es).toEqual([expect.objectContaining({ kind: 'localized', code: 'LEVEL_SWAP', values: { from: 'Bộ Công an', to: 'Công an tỉnh', family: 'police', fromLevel: 'central', toLevel: 'province' } })]);
  });
  it('Nghệ An turns Chỉ thị 32 (8) "Giao Bộ trưởng Bộ Công an giúp Thủ tướng Chính phủ" into "Giao Công an tỉnh chủ trì, phối hợp với Văn phòng UBND tỉnh": localized, not reassigned', () => {
    const central = clip(CT32, 'Giao Bộ trưởng Bộ Công an giúp Thủ tướng Chính phủ theo dõi', 'Chỉ thị này.');
    const local = clip(CT32L, 'Giao Công an tỉnh chủ trì, phối hợp với Văn phòng UBND tỉnh', 'thực hiện Kế hoạch này;');
    const rest = clip(CT32L, 'định kỳ báo cáo kết quả thực hiện về Bộ Công an', 'theo quy định./.');
    const es = run(central, local, [rest]);
    expect(es.find((e) => e.code === 'LEVEL_SWAP')).toMatchObject({ values: { from: 'Bộ trưởng Bộ Công an', to: 'Công an tỉnh' } });
    expect(kinds(es).has('reassigned')).toBe(false);
    // "kịp thời báo cáo" became "định kỳ báo cáo" in the other half: the timing is prescribed
    // another way (a frequency), so the dropped "kịp thời" is no weakening; the frequency is said.
    const half = codes(run(central, rest, [local]));
    expect(half).toContain('FREQUENCY_ADDED');
    expect(half).not.toContain('FORCE_DROPPED');
  });
  it('Nghệ An names its own bodies in Chỉ thị 32 (7): Văn phòng Trung ương Đảng → Văn phòng Tỉnh ủy, the supreme courts → the province\'s', () => {
    const es = run(clip(CT32, '(7) Đề nghị Văn phòng Trung ương Đảng', 'theo quy định của pháp luật hiện hành.'), clip(CT32L, 'Đề nghị Văn phòng Tỉnh ủy và các Ban Xây dựng Đảng', 'theo quy định của pháp luật hiện hành.'));
    const swaps = es.filter((e) => e.code === 'LEVEL_SWAP').map((e) => e.values['to']);
    expect(swaps).toEqual(expect.arrayContaining(['Văn phòng Tỉnh ủy', 'Viện kiểm sát nhân dân tỉnh', 'Tòa án nhân dân tỉnh', 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh']));
    expect(kinds(es).has('weakened') || kinds(es).has('reassigned')).toBe(false);
    // The province has no "Văn phòng Chủ tịch nước": leaving it out localizes, it does not narrow.
    expect(es.filter((e) => e.code === 'CENTRAL_ONLY_DROPPED').map((e) => e.values['items'])).toEqual(['Hội đồng Dân tộc', 'Văn phòng Chủ tịch nước']);
    expect(kinds(es).has('narrowed')).toBe(false);
  });
  it('Nghệ An reduces "tỉnh, thành phố" to its own kind, and takes one of "… hoặc …"', () => {
    const es = run(clip(CT32, '(iv) Thường trực Ban Chỉ đạo là', 'Công an tỉnh, thành phố.'), clip(CT32L, 'thường trực Ban Chỉ đạo là Công an tỉnh.', 'Công an tỉnh.'));
    expect(codes(es).sort()).toEqual(['OPTION_CHOSEN', 'VARIANT_CHOSEN']);
    expect(kinds(es)).toEqual(new Set(['localized']));
  });
  it('Lương Minh turns Quảng Ninh\'s "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Ninh" into the commune\'s (NQLT 102, tỉnh → xã)', () => {
    const es = run(clip(QNINH, 'Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Ninh triệu tập', 'triệu tập'), clip(LMINH, 'Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã triệu tập', 'triệu tập'));
    expect(es).toEqual([expect.objectContaining({ code: 'LEVEL_SWAP', values: expect.objectContaining({ fromLevel: 'province', toLevel: 'commune' }) })]);
  });
});

describe('localized: the levels of the table', () => {
  it('constructed from NQLT 102: "ở trung ương do Đoàn Chủ tịch Ủy ban Trung ương Mặt trận…" → "ở tỉnh do Ban Thường trực Ủy ban Mặt trận … tỉnh": Trung ương → tỉnh twice, the lead not reassigned', () => {
    const central = clip(NQLT, 'Hội nghị hiệp thương lần thứ nhất ở trung ương do Đoàn Chủ tịch', 'triệu tập, chủ trì');
    const es = run(central, 'Hội nghị hiệp thương lần thứ nhất ở tỉnh do Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh triệu tập, chủ trì');
    expect(es.map((e) => [e.code, e.values['family'], e.values['toLevel']])).toEqual([['LEVEL_SWAP', 'territory', 'province'], ['LEVEL_SWAP', 'front', 'province']]);
  });
  it('constructed from Chỉ thị 32: "Thủ tướng Chính phủ" → "Chủ tịch UBND tỉnh", "các tỉnh, thành phố" → "các xã, phường"', () => {
    const propose = clip(CT32, 'Thường xuyên rà soát, kịp thời tham mưu, đề xuất Thủ tướng Chính phủ', 'danh mục bí mật nhà nước;');
    expect(run(propose, propose.replace('Thủ tướng Chính phủ', 'Chủ tịch UBND tỉnh'))).toEqual([expect.objectContaining({ code: 'LEVEL_SWAP', values: expect.objectContaining({ family: 'government', toLevel: 'province' }) })]);
    const steer = clip(CT32, 'Củng cố, kiện toàn Ban Chỉ đạo công tác bảo vệ bí mật nhà nước tại các tỉnh', 'triển khai công tác bảo vệ bí mật nhà nước tại địa phương.');
    const es = run(steer, steer.replace('tại các tỉnh, thành phố trực thuộc trung ương', 'tại các xã, phường'));
    expect(es.find((e) => e.code === 'LEVEL_SWAP')).toMatchObject({ values: { family: 'territory', fromLevel: 'province', toLevel: 'commune' } });
  });
  it('constructed: upward ("Công an tỉnh" → "Bộ Công an") is no localization', () => {
    const local = clip(CT32L, 'Phối hợp chặt chẽ với Công an tỉnh', 'phù hợp với thực tiễn.');
    expect(kinds(run(local, local.replace('Công an tỉnh', 'Bộ Công an'))).has('localized')).toBe(false);
  });
});

describe('reassigned', () => {
  it('Nghệ An turns Chỉ thị 32 (2)\'s "Chủ trì, phối hợp … tiến hành kiểm định" into "Phối hợp tiến hành kiểm định": the police no longer lead', () => {
    const es = run(clip(CT32, 'Chủ trì, phối hợp với các cơ quan, đơn vị liên quan tiến hành kiểm định', 'nghiệp vụ cơ yếu.'), clip(CT32L, 'Phối hợp tiến hành kiểm định', 'nghiệp vụ cơ yếu.'));
    expect(es.find((e) => e.kind === 'reassigned')).toMatchObject({ code: 'ROLE_CHANGED', values: { from: 'Chủ trì', to: 'Phối hợp' } });
  });
  it('constructed from Lạng Sơn 6: "Ban Dân vận Tỉnh ủy chủ trì" → "Ban Tuyên giáo Tỉnh ủy chủ trì" reassigns; the level swap alone does not', () => {
    const central = clip(S000, 'Ban Dân vận Trung ương chủ trì', 'định kỳ báo cáo Ban Bí thư.');
    const local = clip(S001, 'Ban Dân vận Tỉnh ủy chủ trì', 'định kỳ báo cáo Ban Thường vụ Tỉnh ủy.');
    const es = run(central, local.replace('Ban Dân vận Tỉnh ủy chủ trì', 'Ban Tuyên giáo Tỉnh ủy chủ trì'));
    expect(es.find((e) => e.kind === 'reassigned')).toMatchObject({ code: 'LEAD_CHANGED', values: { from: 'Ban Dân vận Trung ương', to: 'Ban Tuyên giáo Tỉnh ủy' } });
    expect(kinds(run(central, local)).has('reassigned')).toBe(false);
  });
  it('constructed from QĐ 22: "Giao Sở Xây dựng là cơ quan thường trực" → "Giao Sở Tư pháp …" reassigns; → "Giao Bộ Xây dựng …" upward is neither a swap nor a reassignment', () => {
    const central = clip(QD22, 'Giao Sở Xây dựng là cơ quan thường trực của tỉnh', 'theo quy định tại Quyết định này');
    expect(codes(run(central, central.replace('Sở Xây dựng', 'Sở Tư pháp')))).toEqual(['LEAD_CHANGED']);
    expect(codes(run(central, central.replace('Sở Xây dựng', 'Bộ Xây dựng')))).toEqual(['REWORDED']);
  });
});

describe('reworded and the helpers', () => {
  it('an identical pair, or one differing in case and tone placement only, has no effect', () => {
    expect(run(KL54_5, KL54_5)).toEqual([]);
    expect(run(KL54_5, LS_5)).toEqual([]);
  });
  it('a change no rule reads is reworded, with its counts', () => {
    const central = clip(S000, 'nhân rộng mô hình tốt trong thực hiện', 'Quyết định số 99-QĐ/TW.');
    const es = run(central, clip(S003, 'nhân rộng mô hình tốt, điển hình tiêu biểu', 'Quyết định số 99-QĐ/TW.'));
    expect(es).toEqual([expect.objectContaining({ kind: 'reworded', code: 'REWORDED', values: { inserted: '4', deleted: '0' } })]);
  });
  it('an assessment is read for localizations only', () => {
    const p = { ...pairOf(KL54_5, QN_5), part: 'assessment' as const };
    expect(codes(effectsOf(p))).toEqual(['REWORDED']);
  });
  it('effectCounts counts the clauses with at least one effect of each kind', () => {
    const weak = run(KL54_5, QN_5);
    const swap = run(clip(CT32, 'Phối hợp chặt chẽ với Bộ Công an', 'phù hợp với thực tiễn.'), clip(CT32L, 'Phối hợp chặt chẽ với Công an tỉnh', 'phù hợp với thực tiễn.'));
    expect(effectCounts([weak, weak, swap, []])).toEqual({ weakened: 2, strengthened: 0, narrowed: 0, widened: 0, reassigned: 0, localized: 1, reworded: 0 });
    expect(isWeakeningOnly([...weak, ...swap])).toBe(false);
    expect(hasWeakening([...weak, ...swap])).toBe(true);
    expect(isWeakeningOnly([])).toBe(false);
  });
});

describe('properties', () => {
  // Words and marks of KL 54 and Chỉ thị 32, shuffled into pairs no document holds.
  const pool = [...new Set([flat(S000), flat(CT32)].join(' ').split(/\s+/u))].slice(0, 3000);
  const sentence = fc.array(fc.constantFrom(...pool), { minLength: 1, maxLength: 40 }).map((w) => w.join(' '));
  it('an identical pair has no effect; any pair yields effects whose spans point at their texts', () => {
    fc.assert(fc.property(sentence, sentence, (a, b) => {
      expect(run(a, a)).toEqual([]);
      const p = pairOf(a, `${b} ${a.split(' ').slice(0, 5).join(' ')}`);
      for (const e of effectsOf(p)) {
        expect(EFFECT_CODES[e.code]).toBe(e.kind);
        const [cs, ls] = [e.spans.central, e.spans.local];
        if (cs) expect(p.centralText.slice(cs[0], cs[1]).length).toBeGreaterThan(0);
        if (ls) expect(p.localText.slice(ls[0], ls[1]).length).toBeGreaterThan(0);
        expect(typeof e.evidence.central).toBe('string');
      }
    }), { numRuns: 300 });
  });
});
