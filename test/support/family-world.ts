/**
 * Two small families written for the routing and chain tests: Chỉ thị 5/CT-TTg (fire safety) with
 * a province plan, a commune plan following it, a hamlet plan following that, and a department
 * letter naming the directive by its title only; Kết luận 20-KL/TW (digital schools) with a
 * letter that carries it without citing it, one that names it and carries none of it, and the
 * older conclusion it restates. Plus an unrelated plan. Every task sentence is the test's own.
 */
import { letter } from './letters.ts';

export const A = [
  'Các bộ, ngành rà soát toàn bộ hệ thống cấp nước chữa cháy tại các khu dân cư đông đúc.',
  'Ủy ban nhân dân các tỉnh tổ chức diễn tập phương án chữa cháy ít nhất mỗi năm một lần.',
  'Bộ Công an hướng dẫn người dân lắp đặt thiết bị báo cháy tự động trong nhà ở kết hợp kinh doanh.',
  'Các cơ quan báo chí đẩy mạnh tuyên truyền kỹ năng thoát nạn khi xảy ra hỏa hoạn.',
  'Xử lý nghiêm các cơ sở vi phạm quy định về an toàn phòng cháy trong mùa khô hanh.',
  'Bộ Tài chính bố trí kinh phí mua sắm phương tiện chữa cháy cho lực lượng dân phòng.',
] as const;

export const B = [
  'Các trường học xây dựng kho học liệu số dùng chung cho giáo viên và học sinh.',
  'Bộ Giáo dục và Đào tạo ban hành chuẩn kỹ năng số tối thiểu đối với học sinh trung học.',
  'Các địa phương bảo đảm đường truyền internet tốc độ cao đến từng điểm trường vùng sâu.',
  'Bồi dưỡng năng lực ứng dụng trí tuệ nhân tạo trong soạn giảng cho đội ngũ nhà giáo.',
  'Bảo vệ dữ liệu cá nhân của học sinh trên các nền tảng học tập trực tuyến.',
  'Định kỳ hằng năm đánh giá mức độ chuyển đổi số của từng cơ sở giáo dục.',
] as const;

/** What the province adds (the commune copies it), what the commune adds (the hamlet copies it), what the hamlet adds. */
export const PROVINCE_OWN = 'Thành lập tổ liên gia an toàn phòng cháy tại mỗi thôn, bản vùng cao của tỉnh.';
export const COMMUNE_OWN = 'Giao trưởng thôn kiểm tra bình chữa cháy của từng hộ gia đình vào ngày 15 hằng tháng.';
export const HAMLET_OWN = 'Tổ chức cho thanh niên trực đêm tại nhà văn hóa thôn trong những ngày nắng nóng kéo dài.';

const TITLE_A = 'Về tăng cường công tác phòng cháy, chữa cháy tại khu dân cư trong mùa khô';

export const centralA = () => letter('ct5.txt', {
  head: ['THỦ TƯỚNG CHÍNH PHỦ'], number: '5/CT-TTg', place: 'Hà Nội', date: '10/03/2024', kind: 'CHỈ THỊ', title: TITLE_A,
  lead: ['Để nâng cao hiệu quả công tác phòng cháy, chữa cháy, Thủ tướng Chính phủ yêu cầu:'], tasks: A,
});

export const centralB = () => letter('kl20.txt', {
  head: ['BAN CHẤP HÀNH TRUNG ƯƠNG', '*'], number: '20-KL/TW', place: 'Hà Nội', date: '01/06/2024', kind: 'KẾT LUẬN', title: 'Về chuyển đổi số trong các cơ sở giáo dục',
  lead: ['Tiếp tục thực hiện Kết luận số 9-KL/TW ngày 05/01/2022, Ban Bí thư kết luận như sau:'], tasks: B,
});

/** UBND tỉnh Hòa Bình 7/KH-UBND: cites the directive, carries tasks 1, 2, 3, 5, adds PROVINCE_OWN. */
export const provincePlan = () => letter('hb7.txt', {
  head: ['ỦY BAN NHÂN DÂN', 'TỈNH HÒA BÌNH'], number: '7/KH-UBND', place: 'Hòa Bình', date: '20/03/2024', kind: 'KẾ HOẠCH',
  title: 'Triển khai thực hiện Chỉ thị số 5/CT-TTg trên địa bàn tỉnh',
  lead: ['Thực hiện Chỉ thị số 5/CT-TTg ngày 10/3/2024 của Thủ tướng Chính phủ, UBND tỉnh ban hành Kế hoạch như sau:'],
  tasks: ['Các sở, ngành rà soát toàn bộ hệ thống cấp nước chữa cháy tại các khu dân cư đông đúc.', A[1], A[2], A[4], PROVINCE_OWN],
});

/** UBND xã Mường Bi 12/KH-UBND: follows the province plan (and names the directive too): its task 2, PROVINCE_OWN, COMMUNE_OWN. */
export const communePlan = () => letter('mb12.txt', {
  head: ['ỦY BAN NHÂN DÂN', 'XÃ MƯỜNG BI'], number: '12/KH-UBND', place: 'Mường Bi', date: '01/04/2024', kind: 'KẾ HOẠCH', title: 'Phòng cháy, chữa cháy năm 2024',
  lead: ['Căn cứ Chỉ thị số 5/CT-TTg ngày 10/3/2024 của Thủ tướng Chính phủ; Thực hiện Kế hoạch số 7/KH-UBND ngày 20/3/2024 của UBND tỉnh Hòa Bình, UBND xã ban hành Kế hoạch như sau:'],
  tasks: [A[1], PROVINCE_OWN, COMMUNE_OWN],
});

/** Thôn Mới's plan: follows the commune plan: task 2 of the directive, COMMUNE_OWN, HAMLET_OWN. */
export const hamletPlan = () => letter('tm3.txt', {
  head: ['BAN CÔNG TÁC MẶT TRẬN', 'THÔN MỚI'], number: '3/KH-BCTMT', place: 'Mường Bi', date: '10/04/2024', kind: 'KẾ HOẠCH', title: 'Phòng cháy trong thôn',
  lead: ['Thực hiện Kế hoạch số 12/KH-UBND ngày 01/4/2024 của UBND xã Mường Bi, Ban Công tác Mặt trận thôn ban hành Kế hoạch như sau:'],
  tasks: [A[1], COMMUNE_OWN, HAMLET_OWN],
});

/** Sở Xây dựng's letter: names the directive by kind and title, no number; carries tasks 1–4. */
export const titleLetter = () => letter('sxd.txt', {
  head: ['UBND TỈNH HÒA BÌNH', 'SỞ XÂY DỰNG'], number: '88/SXD-QLXD', place: 'Hòa Bình', date: '25/03/2024', kind: 'CÔNG VĂN', title: null,
  lead: ['Thực hiện Chỉ thị của Thủ tướng Chính phủ về tăng cường công tác phòng cháy, chữa cháy tại khu dân cư trong mùa khô, Sở Xây dựng đề nghị:'],
  tasks: A.slice(0, 4),
});

/** Sở Giáo dục's letter: carries tasks 1–5 of KL 20 without naming it. */
export const uncitedLetter = () => letter('sgd.txt', {
  head: ['UBND TỈNH HÒA BÌNH', 'SỞ GIÁO DỤC VÀ ĐÀO TẠO'], number: '41/SGDĐT-VP', place: 'Hòa Bình', date: '15/07/2024', kind: 'CÔNG VĂN', title: null,
  lead: ['Để nâng cao chất lượng giáo dục, Sở Giáo dục và Đào tạo yêu cầu các đơn vị:'], tasks: B.slice(0, 5),
});

/** Names KL 20 as what it carries out, then speaks of roads only. */
const ROADS = [
  'Sửa chữa mặt đường tỉnh lộ bị sạt lở sau mùa mưa lũ năm trước.',
  'Lắp biển cảnh báo tại các khúc cua nguy hiểm trên đường đèo.',
  'Nạo vét rãnh thoát nước dọc tuyến quốc lộ qua thị trấn.',
];
export const citesOnlyLetter = () => letter('sgt.txt', {
  head: ['UBND TỈNH HÒA BÌNH', 'SỞ GIAO THÔNG VẬN TẢI'], number: '19/SGTVT-KHTC', place: 'Hòa Bình', date: '20/07/2024', kind: 'CÔNG VĂN', title: null,
  lead: ['Thực hiện Kết luận số 20-KL/TW ngày 01/6/2024 của Ban Bí thư, Sở Giao thông vận tải yêu cầu:'], tasks: ROADS,
});

/** Follows a Government resolution that is not loaded; roads again. */
export const unrelatedPlan = () => letter('nq74.txt', {
  head: ['ỦY BAN NHÂN DÂN', 'TỈNH SƠN LA'], number: '77/KH-UBND', place: 'Sơn La', date: '02/08/2024', kind: 'KẾ HOẠCH', title: 'Thực hiện Nghị quyết số 74/NQ-CP',
  lead: ['Thực hiện Nghị quyết số 74/NQ-CP ngày 10/5/2024 của Chính phủ, UBND tỉnh ban hành Kế hoạch như sau:'], tasks: ROADS,
});

/** KL 9, which KL 20 restates: it shares KL 20's tasks but came first. */
export const olderConclusion = () => letter('kl9.txt', {
  head: ['BAN CHẤP HÀNH TRUNG ƯƠNG', '*'], number: '9-KL/TW', place: 'Hà Nội', date: '05/01/2022', kind: 'KẾT LUẬN', title: 'Về giáo dục trong thời kỳ mới',
  lead: ['Ban Bí thư kết luận như sau:'], tasks: B.slice(0, 5),
});
