/**
 * Small documents written in the tests, laid out as the real ones are (letterhead, number, place
 * and date, kind and title, lead-in, numbered tasks), for routing and chain logic on texts whose
 * every clause the test knows.
 */
import { parseDocuments } from '../../src/core/parse-document.ts';
import type { ParsedDocument } from '../../src/core/types.ts';

export interface Letter {
  /** Letterhead lines, top first ("TỈNH ỦY LẠNG SƠN"). */
  readonly head: readonly string[];
  /** Printed after "Số"; '' prints a blank number field ("Số: /HD-MTTQ-BTT" → pass "/HD-MTTQ-BTT"). */
  readonly number: string;
  readonly place: string;
  /** dd/mm/yyyy */
  readonly date: string;
  /** Kind in capitals ("KẾT LUẬN", "KẾ HOẠCH"). */
  readonly kind: string;
  /** Title line under the kind ("Về …"), or null. */
  readonly title: string | null;
  readonly lead: readonly string[];
  /** Task paragraphs, numbered 1., 2., … */
  readonly tasks: readonly string[];
  readonly signer?: string;
}

/** The letter as text. */
export function letterText(l: Letter): string {
  const [d, m, y] = l.date.split('/');
  return [
    ...l.head, '', `Số: ${l.number}`, '', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', '',
    `${l.place}, ngày ${d} tháng ${m} năm ${y}`, '', l.kind, ...(l.title ? [l.title] : []), '',
    ...l.lead.flatMap((p) => [p, '']),
    ...l.tasks.flatMap((t, i) => [`${i + 1}. ${t}`, '']),
    'Nơi nhận:', '- Như trên;', '- Lưu VT.', '', 'TM. BAN THƯỜNG VỤ', 'BÍ THƯ', '', l.signer ?? 'Nguyễn Văn An', '',
  ].join('\n');
}

/** The letter parsed, under file name `name`. */
export function letter(name: string, l: Letter): ParsedDocument {
  return parseDocuments(name, letterText(l)).at(-1)!;
}
