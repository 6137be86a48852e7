/**
 * The words the effects stage (`effects.ts`) reads a change by, as data: words of force and
 * obligation and their softer replacements, deadlines, frequencies, measurable targets, sanctions,
 * emphasis qualifiers and the markers of who leads. Every entry carries the real sentence it was
 * taken from (`examples`, files under `../shared`, Party and State texts); the few the issue names
 * that no document of ours prints yet say so in `unattested` instead.
 *
 * `phrase` is matched on the clause's tokens after folding (case, tone-mark placement, quotes), so
 * "Kịp thời" = "kịp thời" and "uỷ" = "ủy". With `pattern: true` it is a regular expression over the
 * folded tokens joined by single spaces: "25/12/2025" reads "25 / 12 / 2025", "100%" reads "100 %";
 * `{date}` and `{num}` are expanded by `effect-match.ts`.
 */
import { ex, type RealExample } from './real-examples.ts';

export type { RealExample };

export interface WordEntry {
  readonly phrase: string;
  /** `phrase` is a regular expression over folded tokens (see the file comment). */
  readonly pattern?: boolean;
  /** Weaker wordings a local text may put in its place ("phải" → "cần"): a swap to one of them softens. */
  readonly softer?: readonly string[];
  readonly examples: readonly RealExample[];
  /** Set only when no document under `../shared` prints the entry yet; says why it is kept. */
  readonly unattested?: string;
}

export type ForceGroup = 'force' | 'obligation' | 'prohibition';
export interface ForceEntry extends WordEntry { readonly group: ForceGroup }


const NONE = 'named by issue 12; no document under ../shared prints it yet';

/**
 * Words that make a task forceful. Dropping one weakens the task, adding one strengthens it. Longer
 * entries win over the shorter ones they contain ("nghiêm minh" over "nghiêm"), so "xử lý nghiêm
 * minh" → "xử lý nghiêm" (Quảng Ngãi 1698, task 5) reads as "nghiêm minh" softened to "nghiêm".
 */
export const FORCE_WORDS: readonly ForceEntry[] = [
  { group: 'force', phrase: 'nghiêm minh', softer: ['nghiêm'], examples: [ex('S000', 'xử lý nghiêm minh, kịp thời cán bộ, đảng viên suy thoái về tư tưởng chính trị, đạo đức, lối sống')] },
  { group: 'force', phrase: 'nghiêm túc', examples: [ex('S001', 'triển khai thực hiện nghiêm túc Kết luận số 54-KL/TW và Công văn này'), ex('CT32L', 'Thực hiện nghiêm túc quy trình công tác bảo vệ bí mật nhà nước')] },
  { group: 'force', phrase: 'nghiêm', examples: [ex('CT32', 'Chấp hành nghiêm các quy định của pháp luật về bảo vệ bí mật nhà nước'), ex('S000', 'tổ chức thực hiện nghiêm, có hiệu quả Quyết định số 99-QĐ/TW')] },
  { group: 'force', phrase: 'kiên quyết', examples: [ex('S000', 'kiên quyết ngăn chặn, đẩy lùi, xử lý nghiêm cán bộ, đảng viên suy thoái')] },
  { group: 'force', phrase: 'quyết liệt', examples: [ex('S004', 'Triển khai quyết liệt, thường xuyên, toàn diện, đồng bộ công tác kiểm tra, giám sát')] },
  { group: 'force', phrase: 'khẩn trương', examples: [ex('KL221', 'khẩn trương rà soát toàn bộ hệ thống văn bản quy phạm pháp luật'), ex('BCD174', 'các Bộ, cơ quan ngang Bộ khẩn trương rà soát, ban hành các văn bản hướng dẫn')] },
  { group: 'force', phrase: 'kịp thời', examples: [ex('S000', 'kịp thời thông tin kết quả xử lý cán bộ vi phạm theo phản ánh, kiến nghị của Nhân dân'), ex('CT32', 'Thường xuyên rà soát, kịp thời tham mưu, đề xuất Thủ tướng Chính phủ')] },
  { group: 'force', phrase: 'triệt để', examples: [ex('KL221', 'khắc phục triệt để tình trạng chồng chéo, mâu thuẫn'), ex('BCD174', 'bảo đảm khắc phục triệt để tình trạng chồng chéo')] },
  { group: 'force', phrase: 'thường xuyên', examples: [ex('S000', 'thường xuyên đôn đốc, kiểm tra, giám sát, định kỳ báo cáo kết quả thực hiện với Ban Bí thư'), ex('CT32', 'Thường xuyên rà soát, kịp thời tham mưu')] },
  { group: 'force', phrase: 'dứt điểm', examples: [ex('KL221', 'hoàn thành dứt điểm trước ngày 31/12/2025')] },
  { group: 'force', phrase: 'chặt chẽ', examples: [ex('CT32', 'Phối hợp chặt chẽ với Bộ Công an và các bộ, ngành, địa phương có liên quan')] },
  { group: 'obligation', phrase: 'phải', softer: ['cần', 'nên'], examples: [ex('CT32', 'nội dung nào chưa có, chưa phù hợp phải bổ sung, sửa đổi và tổ chức thực hiện ngay'), ex('KL221', 'các đồng chí bộ trưởng, thủ trưởng cơ quan ngang bộ phải quán xuyến và trực tiếp chỉ đạo')] },
  { group: 'obligation', phrase: 'bắt buộc', softer: ['cần', 'nên', 'khuyến khích'], examples: [], unattested: NONE },
  { group: 'prohibition', phrase: 'nghiêm cấm', softer: ['hạn chế', 'không nên'], examples: [], unattested: NONE },
  { group: 'prohibition', phrase: 'không được', softer: ['hạn chế', 'không nên'], examples: [ex('S004', 'những điều đảng viên không được làm'), ex('QNINH', 'những trường hợp không được ứng cử đại biểu Quốc hội')] },
  { group: 'prohibition', phrase: 'không để', softer: ['hạn chế'], examples: [ex('CT32', 'không để xảy ra tình trạng lộ, mất bí mật nhà nước'), ex('S004', 'không để lọt người không đủ tiêu chuẩn')] },
];

/**
 * An adverb of force a few words after one of these describes a shortcoming, not a demand: KL 54's
 * assessment "chưa kịp thời, đầy đủ", "chưa được xem xét kịp thời", Lạng Sơn's "chưa được thường
 * xuyên, kịp thời". Obligations keep their force there: Chỉ thị 32's "nội dung nào chưa có, chưa
 * phù hợp phải bổ sung" still demands.
 */
export const NEGATORS: readonly string[] = ['chưa', 'không', 'thiếu'];

/** Phrases that contain a force word without its force (QĐ 22's "nguồn chi thường xuyên" is recurrent spending; "không phải" is "is not"). */
export const NOT_FORCE: readonly string[] = ['nghiêm trọng', 'tôn nghiêm', 'chi thường xuyên', 'hoạt động thường xuyên', 'không phải', 'chưa phải'];

/** Sanctions: dropping one weakens the task. "xử lý" alone is not one ("xử lý các kiến nghị" handles requests). */
export const SANCTIONS: readonly WordEntry[] = [
  { phrase: 'xử lý nghiêm', softer: ['xử lý'], examples: [ex('CT32', 'xử lý nghiêm các vi phạm gắn với công tác thi đua khen thưởng hàng năm của đơn vị'), ex('S000', 'kiên quyết ngăn chặn, đẩy lùi, xử lý nghiêm cán bộ, đảng viên suy thoái')] },
  { phrase: 'xử lý( ,)? kỷ luật|thi hành kỷ luật|kỷ luật nghiêm( minh)?', pattern: true, examples: [ex('S004', 'kiên quyết xử lý, kỷ luật nghiêm minh đối với cán bộ, đảng viên suy thoái')] },
  { phrase: 'xử lý (các |những )?(cán bộ |đảng viên |cán bộ , đảng viên )?vi phạm', pattern: true, examples: [ex('S000', 'kịp thời thông tin kết quả xử lý cán bộ vi phạm theo phản ánh, kiến nghị của Nhân dân')] },
  { phrase: 'truy cứu trách nhiệm', examples: [], unattested: NONE },
];

/**
 * Deadlines: a date the task must be done by. A date alone is no deadline (174/CV-BCĐ cites
 * "Báo cáo số 11296/BC-BNV ngày 27/11/2025"): each pattern starts with the word that makes it one.
 */
export const DEADLINES: readonly WordEntry[] = [
  { phrase: 'chậm nhất (là )?(\\d{1,2} giờ( \\d{1,2})? )?(ngày )?{date}', pattern: true, examples: [ex('BCD174', 'Thời hạn hoàn thành chậm nhất ngày 25/12/2025'), ex('NQLT', 'chậm nhất là ngày 15 tháng 12 năm 2025, Ủy ban Thường vụ Quốc hội tiến hành điều chỉnh lần thứ nhất')] },
  { phrase: 'trước (thứ \\S+ )?ngày {date}', pattern: true, examples: [ex('KL221', 'hoàn thành dứt điểm trước ngày 31/12/2025'), ex('BCD174', 'trước Thứ Tư ngày 03/12/2025')] },
  { phrase: 'hoàn thành trong (năm \\d{4}|tháng \\d{1,2} / \\d{4}|quý [ivx]+ / \\d{4})', pattern: true, examples: [ex('KL221', 'khẩn trương lãnh đạo, chỉ đạo giải quyết, xử lý các kiến nghị cụ thể của các cơ quan, đơn vị, địa phương (có phân công cụ thể tại phụ lục gửi kèm theo), hoàn thành trong năm 2025')] },
];

/** How often: a recurring report or review. Dropping one weakens; a longer period ("hằng tuần" → "hằng tháng") too. */
export const FREQUENCIES: readonly WordEntry[] = [
  { phrase: '(định kỳ )?(hằng|hàng) (ngày|tuần|tháng|quý|năm)', pattern: true, examples: [ex('BCD174', 'tại các báo cáo định kỳ hằng tuần'), ex('QD22', 'Hàng tháng có báo cáo nhanh'), ex('CT32', 'gắn với công tác thi đua khen thưởng hàng năm của đơn vị')] },
  { phrase: '\\d+ (tháng|năm) (một|1) lần', pattern: true, examples: [ex('QD22', '3 tháng một lần có báo cáo định kỳ kết quả thực hiện chính sách')] },
  { phrase: 'định kỳ', examples: [ex('S000', 'định kỳ báo cáo Ban Bí thư'), ex('QD22', '3 tháng một lần có báo cáo định kỳ kết quả thực hiện chính sách')] },
];

/**
 * Measurable targets: a share or a minimum count. "tối đa", "không quá" make a cap, where a lower
 * figure is the stricter one (QĐ 22: "mức tối đa không quá 0,5% tổng kinh phí").
 */
export const TARGETS: readonly WordEntry[] = [
  { phrase: '((ít nhất|tối thiểu|tối đa|không quá|không dưới|trên|đạt)( là)? )*{num} %', pattern: true, examples: [ex('QD22', 'ngân sách trung ương hỗ trợ 100% theo mức quy định'), ex('QNINH', 'đạt ít nhất là 50% tổng số cử tri được triệu tập'), ex('QD22', 'với mức tối đa không quá 0,5% tổng kinh phí ngân sách nhà nước hỗ trợ')] },
  { phrase: '(ít nhất|tối thiểu)( là)? {num}', pattern: true, examples: [ex('QD22L', 'Sở Xây dựng nghiên cứu, thiết kế tối thiểu 03 mẫu nhà ở điển hình'), ex('QNINH', 'phải bảo đảm có ít nhất là 70 cử tri tham dự hội nghị')] },
];

/**
 * Qualifiers that single out members of a list ("cán bộ, đảng viên, nhất là người đứng đầu").
 * Dropping one with what it singles out narrows who or what the task aims at; adding one widens it.
 */
export const EMPHASIS: readonly WordEntry[] = [
  { phrase: 'nhất là', examples: [ex('S000', 'cán bộ, đảng viên, nhất là người đứng đầu, cán bộ ở cơ sở'), ex('CT32', 'nhất là hạ tầng khoa học, kỹ thuật, công nghệ thông tin')] },
  { phrase: 'đặc biệt là', examples: [ex('S001', 'đặc biệt là vai trò của người đứng đầu'), ex('CT32', 'đặc biệt là trong quá trình thực hiện chuyển đổi số quốc gia')] },
  { phrase: 'đặc biệt chú trọng', examples: [ex('KL221', 'đặc biệt chú trọng hiện đại hoá hạ tầng số, nâng cao năng lực cán bộ cấp xã')] },
  { phrase: 'trong đó', examples: [ex('CT32', 'trong đó tập trung công tác tuyên truyền, giải đáp các vướng mắc'), ex('KL221', 'Trong đó, ưu tiên các lĩnh vực')] },
  { phrase: 'trọng tâm là', examples: [ex('CT32', 'trọng tâm là việc tổ chức tuyên truyền, quán triệt, kiểm tra việc chấp hành pháp luật')] },
  { phrase: 'kể cả', examples: [ex('QD22', '(kể cả các hộ đã được hỗ trợ theo các chính sách khác trước đây)')] },
];

/** Superlatives that end in "nhất là" without singling anyone out: NQLT 102's "chậm nhất là ngày 15 tháng 12 năm 2025". */
export const NOT_EMPHASIS: readonly string[] = ['chậm nhất là', 'ít nhất là', 'nhiều nhất là', 'sớm nhất là', 'muộn nhất là', 'cao nhất là', 'thấp nhất là'];

export type Role = 'lead' | 'support' | 'assign' | 'responsible' | 'advise';
export interface RoleEntry extends WordEntry { readonly role: Role }

/**
 * Who does what. A body named next to one of these leads or answers for the task, so swapping it
 * for another kind of body reassigns the task; "chủ trì" → "phối hợp" moves the lead away.
 */
export const ROLE_MARKERS: readonly RoleEntry[] = [
  { role: 'lead', phrase: 'chủ trì', examples: [ex('S000', 'Ban Dân vận Trung ương chủ trì, phối hợp với các cơ quan liên quan đôn đốc'), ex('CT32L', 'Giao Công an tỉnh chủ trì, phối hợp với Văn phòng UBND tỉnh theo dõi')] },
  { role: 'support', phrase: 'phối hợp', examples: [ex('CT32', 'Phối hợp chặt chẽ với Bộ Công an và các bộ, ngành, địa phương có liên quan')] },
  { role: 'assign', phrase: 'giao', examples: [ex('CT32', 'Giao Bộ trưởng Bộ Công an giúp Thủ tướng Chính phủ theo dõi'), ex('KL221', 'Giao Ban Tổ chức Trung ương tiếp tục chủ trì, phối hợp với Bộ Nội vụ')] },
  { role: 'responsible', phrase: '(chịu|có) trách nhiệm', pattern: true, examples: [ex('QD22', 'Bộ Xây dựng có trách nhiệm xây dựng dự toán kinh phí hàng năm')] },
  { role: 'advise', phrase: 'tham mưu', examples: [ex('CT32', 'Ban Cơ yếu Chính phủ tham mưu Chính phủ xây dựng và phát triển hệ thống thông tin mật mã quốc gia'), ex('CT32L', 'tham mưu Chủ tịch UBND tỉnh kiện toàn Ban Chỉ đạo')] },
];
