/**
 * Vietnamese administrative levels and the bodies at each, as data: the table the effects stage
 * reads a level swap by. A local text that turns "Ban Bí thư" into "Ban Thường vụ Tỉnh ủy" or
 * "Bộ Công an" into "Công an tỉnh" names the same kind of body (`family`) one level down: that is
 * a localization, not a reassignment. A swap to another family (Sở Nội vụ → Sở Tư pháp) is not.
 *
 * Levels, top down: Trung ương → tỉnh / thành phố trực thuộc trung ương → huyện / quận / thị xã →
 * xã / phường / thị trấn / đặc khu. `local` is "below the centre, exact level unknown" (a "Thành
 * ủy" may be a province's or a district's). Since 1/7/2025 most provinces have two levels (tỉnh →
 * xã); the district rows keep older texts readable (Quận ủy Ba Đình's copy of KL 21, seed 004).
 *
 * `phrase` is always a regular expression over folded tokens (see `effect-words.ts`); `{ubnd}`,
 * `{hdnd}`, `{mttq}` name the spelled-out and abbreviated forms; a `(?<field>…)` group names a
 * department or Party board, so `family: 'department:'` + field pairs Bộ Nội vụ with Sở Nội vụ.
 */
import { ex, type RealExample } from './real-examples.ts';

export type Level = 'central' | 'province' | 'local' | 'district' | 'commune';

/** Rank of a level: larger is lower in the hierarchy. */
export const LEVEL_RANK: Readonly<Record<Level, number>> = { central: 0, province: 1, local: 1.5, district: 2, commune: 3 };

/** `true` when `to` is below `from`: the direction a local text is expected to move a body. */
export const isLowerLevel = (from: Level, to: Level): boolean => LEVEL_RANK[to] > LEVEL_RANK[from];

export interface BodyEntry {
  /** Kind of body, the same at every level; a trailing `:` takes the pattern's `field` group. */
  readonly family: string;
  readonly level: Level;
  readonly phrase: string;
  /** The body's name continues with capitalized words ("tỉnh Nghệ An"): required, and taken into the match. */
  readonly named?: boolean;
  readonly examples: readonly RealExample[];
  /** Set only when no document under `../shared` names the body yet; says why the row is kept. */
  readonly unattested?: string;
}

const NONE = 'completes its family at this level; no document under ../shared names it yet';

/** Ministries and the provincial departments that mirror them (Bộ Nội vụ → Sở Nội vụ), as a pattern. */
export const FIELDS = 'nội vụ|tài chính|tư pháp|khoa học và công nghệ|y tế|giáo dục và đào tạo|xây dựng|công thương|nông nghiệp và môi trường|nông nghiệp và phát triển nông thôn|tài nguyên và môi trường|văn hoá , thể thao và du lịch|thông tin và truyền thông|lao động - thương binh và xã hội|giao thông vận tải|kế hoạch và đầu tư|dân tộc và tôn giáo|ngoại giao|ngoại vụ';
/** Party boards (Ban Dân vận Trung ương → Ban Dân vận Tỉnh ủy). */
const BOARDS = 'tổ chức|tuyên giáo và dân vận|tuyên giáo|dân vận|nội chính|kinh tế|đối ngoại|chính sách , chiến lược';
const PARTY_COMMITTEE = '(?:tỉnh uỷ|thành uỷ|huyện uỷ|quận uỷ|thị uỷ|đảng uỷ)';

/** Fields spelled differently at the two levels: Bộ Ngoại giao → Sở Ngoại vụ. */
export const FIELD_ALIASES: Readonly<Record<string, string>> = { 'ngoại vụ': 'ngoại giao' };

export const BODIES: readonly BodyEntry[] = [
  // Party leadership: Bộ Chính trị, Ban Bí thư, Ban Chấp hành Trung ương → Tỉnh ủy, its Ban Thường vụ → Huyện ủy → Đảng ủy xã.
  { family: 'party-leadership', level: 'central', phrase: 'bộ chính trị( , ban bí thư)?', examples: [ex('KL221', 'Bộ Chính trị, Ban Bí thư ghi nhận và biểu dương các cấp uỷ, tổ chức đảng')] },
  { family: 'party-leadership', level: 'central', phrase: 'ban bí thư( trung ương đảng)?', examples: [ex('S000', 'Ban Bí thư yêu cầu các cấp uỷ, tổ chức đảng lãnh đạo, chỉ đạo thực hiện tốt một số nhiệm vụ sau')] },
  { family: 'party-leadership', level: 'central', phrase: 'ban chấp hành trung ương( đảng)?', examples: [ex('KL221', 'các kết luận, chỉ đạo của Ban Chấp hành Trung ương Đảng, Bộ Chính trị, Ban Bí thư')] },
  { family: 'party-leadership', level: 'province', phrase: '(ban thường vụ |thường trực |ban chấp hành đảng bộ )?(các )?tỉnh uỷ( , thành uỷ)?', examples: [ex('S001', 'Ban Thường vụ Tỉnh ủy yêu cầu các huyện ủy, thành ủy, đảng ủy trực thuộc'), ex('S000', 'Các tỉnh uỷ, thành uỷ, các ban đảng, ban cán sự đảng, đảng đoàn, đảng uỷ trực thuộc Trung ương')] },
  { family: 'party-leadership', level: 'district', phrase: '(ban thường vụ )?(các )?(huyện uỷ|quận uỷ|thị uỷ)( , (huyện uỷ|quận uỷ|thị uỷ|thành uỷ))*', examples: [ex('S001', 'các huyện ủy, thành ủy, đảng ủy trực thuộc'), ex('S003', 'Các quận ủy, huyện ủy')] },
  { family: 'party-leadership', level: 'local', phrase: '(ban thường vụ )?thành uỷ', examples: [ex('S003', 'định kỳ báo cáo Ban Thường vụ Thành ủy đúng quy định')] },
  { family: 'party-leadership', level: 'commune', phrase: '(ban thường vụ )?(các )?đảng uỷ (các )?(xã|phường|thị trấn|đặc khu)( , (xã|phường|thị trấn|đặc khu))*', examples: [ex('KL221', 'các tỉnh uỷ, thành uỷ và đảng uỷ xã, phường, đặc khu')] },
  { family: 'party-office', level: 'central', phrase: 'văn phòng trung ương đảng', examples: [ex('CT32', 'Đề nghị Văn phòng Trung ương Đảng và các Ban của Đảng')] },
  { family: 'party-office', level: 'province', phrase: 'văn phòng tỉnh uỷ( , thành uỷ)?', examples: [ex('CT32L', 'Đề nghị Văn phòng Tỉnh ủy và các Ban Xây dựng Đảng'), ex('CT32', 'lãnh đạo Văn phòng Tỉnh ủy, Thành ủy')] },
  { family: 'party-office', level: 'local', phrase: `văn phòng ${PARTY_COMMITTEE}`, examples: [ex('S003', 'Văn phòng Thành ủy và các cơ quan, đơn vị có liên quan')] },
  { family: 'party-board:', level: 'central', phrase: `ban (?<field>${BOARDS}) trung ương`, examples: [ex('S000', 'Ban Dân vận Trung ương chủ trì, phối hợp với các cơ quan liên quan'), ex('KL221', 'Giao Ban Tổ chức Trung ương tiếp tục chủ trì')] },
  { family: 'party-board:', level: 'province', phrase: `ban (?<field>${BOARDS}) tỉnh uỷ`, examples: [ex('S001', 'Ban Dân vận Tỉnh ủy chủ trì, phối hợp với các cơ quan liên quan')] },
  { family: 'party-board:', level: 'local', phrase: `ban (?<field>${BOARDS}) ${PARTY_COMMITTEE}`, examples: [ex('S003', 'Ban Dân vận Thành ủy chủ trì, phối hợp với các ban xây dựng Đảng')] },
  { family: 'party-boards', level: 'central', phrase: 'các ban (của )?đảng( ở)? trung ương|các ban của đảng', examples: [ex('CT32', 'Văn phòng Trung ương Đảng và các Ban của Đảng')] },
  { family: 'party-boards', level: 'local', phrase: `các ban xây dựng đảng( (của )?${PARTY_COMMITTEE})?`, examples: [ex('CT32L', 'Văn phòng Tỉnh ủy và các Ban Xây dựng Đảng'), ex('S003', 'các ban xây dựng Đảng của Thành ủy')] },
  { family: 'party-inspection', level: 'central', phrase: 'uỷ ban kiểm tra trung ương', examples: [], unattested: NONE },
  { family: 'party-inspection', level: 'local', phrase: `uỷ ban kiểm tra ${PARTY_COMMITTEE}`, examples: [ex('CT32L', 'Ủy ban Kiểm tra Tỉnh ủy')] },
  // Government: Thủ tướng Chính phủ / Chính phủ → Chủ tịch UBND tỉnh / UBND tỉnh → huyện → xã.
  { family: 'government', level: 'central', phrase: 'thủ tướng chính phủ|chính phủ', examples: [ex('CT32', 'Giao Bộ trưởng Bộ Công an giúp Thủ tướng Chính phủ theo dõi'), ex('CT32', 'Ban Cơ yếu Chính phủ tham mưu Chính phủ xây dựng')] },
  { family: 'government', level: 'province', phrase: '(chủ tịch )?{ubnd} (các |cấp )?tỉnh( , thành phố)?( trực thuộc trung ương)?', examples: [ex('CT32', 'Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương'), ex('CT32L', 'tham mưu Chủ tịch UBND tỉnh kiện toàn Ban Chỉ đạo'), ex('CT32L', 'tham mưu UBND tỉnh sửa đổi, bổ sung hoặc thay thế')] },
  { family: 'government', level: 'local', phrase: '(chủ tịch )?{ubnd} thành phố', examples: [ex('QD22L', 'Chánh Văn phòng Ủy ban nhân dân Thành phố')] },
  { family: 'government', level: 'district', phrase: '(chủ tịch )?{ubnd} (các |cấp )?(huyện|quận|thị xã)( , (huyện|quận|thị xã|thành phố))*', examples: [ex('QD22L', 'gửi Ủy ban nhân dân quận, huyện'), ex('QD22', 'Ủy ban nhân dân cấp huyện tổng hợp, kiểm tra và phê duyệt danh sách')] },
  { family: 'government', level: 'commune', phrase: '(chủ tịch )?{ubnd} (các |cấp )?(xã|phường|thị trấn|đặc khu)( , (xã|phường|thị trấn|đặc khu))*', examples: [ex('CT32L', 'UBND các xã, phường'), ex('QD22L', 'Ủy ban nhân dân xã, phường, thị trấn thành lập Ban Chỉ đạo')] },
  { family: 'government-office', level: 'central', phrase: 'văn phòng chính phủ', examples: [ex('BCD174', 'Đề nghị Văn phòng Chính phủ xem xét dừng tính thời gian')] },
  { family: 'government-office', level: 'province', phrase: 'văn phòng {ubnd} (các )?tỉnh( , thành phố)?', examples: [ex('CT32', 'lãnh đạo Văn phòng Ủy ban nhân dân tỉnh, thành phố'), ex('CT32L', 'phối hợp với Văn phòng UBND tỉnh theo dõi')] },
  // Ministries → departments; the police and the army have their own provincial bodies.
  { family: 'department:', level: 'central', phrase: `(bộ trưởng )?bộ (?<field>${FIELDS})`, examples: [ex('CT32', 'Bộ trưởng Bộ Nội vụ chỉ đạo các đơn vị chức năng chủ trì'), ex('QD22', 'Bộ Xây dựng có trách nhiệm xây dựng dự toán kinh phí hàng năm')] },
  { family: 'department:', level: 'province', phrase: `(giám đốc )?sở (?<field>${FIELDS})`, examples: [ex('CT32L', 'đại diện lãnh đạo Sở Nội vụ, Sở Tài chính'), ex('QD22', 'Giao Sở Xây dựng là cơ quan thường trực của tỉnh')] },
  { family: 'departments', level: 'central', phrase: '(các )?bộ , (cơ quan ngang bộ|ngành)( , địa phương)?|(các )?bộ trưởng , thủ trưởng cơ quan ngang bộ', examples: [ex('CT32', 'Bộ Công an và các bộ, ngành, địa phương có liên quan'), ex('BCD174', 'các Bộ, cơ quan ngang Bộ khẩn trương rà soát')] },
  { family: 'departments', level: 'province', phrase: '(các )?sở , (ban , )?ngành( , đoàn thể)?( cấp tỉnh)?|giám đốc các sở , thủ trưởng các ngành', examples: [ex('CT32L', 'Các sở, ban, ngành, đoàn thể cấp tỉnh và UBND các xã, phường'), ex('CT32L', 'Giám đốc các Sở, Thủ trưởng các ngành, cơ quan cấp tỉnh')] },
  { family: 'police', level: 'central', phrase: '(bộ trưởng )?bộ công an', examples: [ex('CT32', 'Bộ trưởng Bộ Công an chỉ đạo Công an các đơn vị')] },
  { family: 'police', level: 'province', phrase: '(giám đốc )?công an (các )?tỉnh( , thành phố)?', examples: [ex('CT32L', 'Giao Công an tỉnh chủ trì'), ex('CT32', 'lãnh đạo Công an tỉnh, thành phố')] },
  { family: 'police', level: 'commune', phrase: 'công an (các |cấp )?(xã|phường)( , (xã|phường|thị trấn))*', examples: [], unattested: NONE },
  { family: 'military', level: 'central', phrase: '(bộ trưởng )?bộ quốc phòng', examples: [ex('CT32', 'Bộ trưởng Bộ Quốc phòng chỉ đạo các đơn vị')] },
  { family: 'military', level: 'province', phrase: 'bộ chỉ huy quân sự (tỉnh|thành phố)( , thành phố)?', examples: [ex('CT32L', 'phối hợp Bộ Chỉ huy Quân sự tỉnh'), ex('CT32', 'Bộ Chỉ huy quân sự tỉnh, thành phố')] },
  { family: 'military', level: 'commune', phrase: 'ban chỉ huy quân sự (cấp )?(xã|phường)', examples: [], unattested: NONE },
  // The Front, the elected bodies, the courts.
  { family: 'front', level: 'central', phrase: '(đoàn chủ tịch |ban thường trực )?uỷ ban trung ương {mttq}|mặt trận tổ quốc việt nam', examples: [ex('CT32', 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam, Trung ương các tổ chức chính trị - xã hội'), ex('S000', 'Đảng đoàn Mặt trận Tổ quốc Việt Nam lãnh đạo, chỉ đạo')] },
  { family: 'front', level: 'province', phrase: '(ban thường trực )?(uỷ ban )?{mttq} (cấp )?tỉnh', examples: [ex('CT32L', 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh'), ex('S001', 'Đảng đoàn Mặt trận Tổ quốc tỉnh lãnh đạo, chỉ đạo')] },
  { family: 'front', level: 'local', phrase: 'mặt trận tổ quốc', examples: [ex('S001', 'Phát huy vai trò nòng cốt của Mặt trận Tổ quốc và các tổ chức chính trị - xã hội các cấp')] },
  { family: 'front', level: 'commune', phrase: '(ban thường trực )?(uỷ ban )?{mttq} (cấp )?xã', examples: [ex('NQLT', 'Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam cấp xã')] },
  { family: 'legislature', level: 'central', phrase: 'uỷ ban thường vụ quốc hội|quốc hội', examples: [ex('NQLT', 'Ủy ban Thường vụ Quốc hội tiến hành điều chỉnh lần thứ nhất')] },
  { family: 'legislature', level: 'province', phrase: '(thường trực )?{hdnd} (cấp )?tỉnh', examples: [ex('QNINH', 'Thường trực Hội đồng nhân dân tỉnh, cấp xã tiến hành điều chỉnh')] },
  { family: 'legislature', level: 'commune', phrase: '(thường trực )?{hdnd} (cấp )?xã', examples: [ex('NQLTX', 'Đại diện Thường trực Hội đồng nhân dân xã')] },
  { family: 'legislature-office', level: 'central', phrase: 'văn phòng quốc hội', examples: [ex('CT32', 'Văn phòng Quốc hội, Hội đồng Dân tộc và các Ủy ban của Quốc hội')] },
  { family: 'legislature-office', level: 'province', phrase: 'văn phòng đoàn đại biểu quốc hội và {hdnd} tỉnh', examples: [ex('CT32L', 'Văn phòng Đoàn đại biểu Quốc hội và HĐND tỉnh')] },
  { family: 'court', level: 'central', phrase: 'toà án nhân dân tối cao', examples: [ex('CT32', 'Tòa án nhân dân tối cao')] },
  { family: 'court', level: 'province', phrase: 'toà án nhân dân (cấp )?tỉnh', examples: [ex('CT32L', 'Tòa án nhân dân tỉnh')] },
  { family: 'procuracy', level: 'central', phrase: 'viện kiểm sát nhân dân tối cao', examples: [ex('CT32', 'Viện kiểm sát nhân dân tối cao')] },
  { family: 'procuracy', level: 'province', phrase: 'viện kiểm sát nhân dân (cấp )?tỉnh', examples: [ex('CT32L', 'Viện kiểm sát nhân dân tỉnh')] },
  { family: 'audit', level: 'central', phrase: 'kiểm toán nhà nước', examples: [ex('CT32', 'Kiểm toán nhà nước, Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam')] },
  { family: 'audit', level: 'local', phrase: 'kiểm toán nhà nước khu vực \\S+', examples: [ex('CT32L', 'Kiểm toán nhà nước khu vực II')] },
  // Territory: Trung ương → tỉnh → huyện → xã; "các tỉnh, thành phố" → "các huyện" / "các xã".
  { family: 'territory', level: 'central', phrase: 'trung ương|cả nước|toàn quốc', examples: [ex('CT32', 'trong khi cả nước đang tổ chức Đại hội Đảng các cấp'), ex('S000', 'đảng uỷ trực thuộc Trung ương')] },
  { family: 'territory', level: 'province', phrase: '((tại|ở) )?(các )?tỉnh , thành phố( trực thuộc trung ương)?|(tại|ở) tỉnh|toàn tỉnh|cấp tỉnh|trên địa bàn tỉnh', examples: [ex('CT32', 'tại các tỉnh, thành phố trực thuộc trung ương'), ex('CT32L', 'Giám đốc các Sở, Thủ trưởng các ngành, cơ quan cấp tỉnh'), ex('QNINH', 'Biên bản hội nghị hiệp thương ở tỉnh được gửi ngay')] },
  { family: 'territory', level: 'province', phrase: '(trên địa bàn )?tỉnh', named: true, examples: [ex('CT32L', 'trên địa bàn tỉnh Nghệ An'), ex('CT32L', 'Ban Chỉ đạo công tác bảo vệ bí mật nhà nước tỉnh Nghệ An')] },
  { family: 'territory', level: 'district', phrase: '(các |cấp )(huyện|quận|thị xã)( , (huyện|quận|thị xã|thành phố))*', examples: [ex('QD22', 'Ủy ban nhân dân cấp tỉnh phân bổ cho cấp huyện')] },
  { family: 'territory', level: 'commune', phrase: '((tại|ở) )?(các |cấp )(xã|phường|thị trấn|đặc khu)( , (xã|phường|thị trấn|đặc khu))*|(tại|ở) xã', examples: [ex('KL221', 'nâng cao năng lực cán bộ cấp xã'), ex('QD22L', 'của các xã, phường, thị trấn trên địa bàn')] },
];

/**
 * Patterns (like `phrase`) that hold a body's words without being one of the rows above, matched first so that
 * they are not read as one: "đại biểu Quốc hội" are deputies, "Ban Cơ yếu Chính phủ" has no
 * provincial counterpart, "Thông tấn xã" and "xã hội" are no communes.
 */
export const NOT_BODIES: readonly string[] = [
  'đoàn đại biểu quốc hội', 'đại biểu quốc hội', 'đại biểu {hdnd}( (cấp )?(tỉnh|xã))?', 'ban cơ yếu chính phủ', 'cơ quan thuộc chính phủ', 'đảng uỷ chính phủ',
  'ban chỉ đạo của chính phủ', 'thông tấn xã', 'xã hội', 'hội đồng bầu cử quốc gia', 'bộ chỉ số',
];

/**
 * Central bodies with no counterpart below the centre (patterns like `phrase`). A local text that
 * leaves them out of a list does not narrow it: Nghệ An's list for Chỉ thị 32 (7) has no "Văn
 * phòng Chủ tịch nước" or "Hội đồng Dân tộc" because the province has none.
 */
export const CENTRAL_ONLY: readonly { readonly phrase: string; readonly examples: readonly RealExample[] }[] = [
  { phrase: 'văn phòng chủ tịch nước', examples: [ex('CT32', 'Văn phòng Chủ tịch nước, Viện kiểm sát nhân dân tối cao')] },
  { phrase: 'hội đồng dân tộc( và các uỷ ban của quốc hội)?|(các )?uỷ ban của quốc hội', examples: [ex('CT32', 'Hội đồng Dân tộc và các Ủy ban của Quốc hội')] },
  { phrase: 'ban cơ yếu chính phủ', examples: [ex('CT32', 'Ban Cơ yếu Chính phủ tham mưu Chính phủ xây dựng')] },
];
