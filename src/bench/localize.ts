/**
 * How a province rewords a central clause: the localization substitutions seen in the seeds
 * (Lạng Sơn, Quảng Ngãi, the Thành ủy letter — see the rules report of the built-in corpus), local
 * phrases added, a trailing phrase dropped, a verb strengthened; and the cosmetic differences of a
 * verbatim copy (tone placement, quote style, case). Pure string work on one clause.
 */
import type { Random } from './random.ts';

/** The level of the issuing body, for the words a rewording puts in. */
export interface Level {
  /** "Tỉnh ủy", "Thành ủy". */
  readonly body: string;
  /** "tỉnh", "thành phố". */
  readonly region: string;
  /** Bodies one level down: "huyện ủy, thành ủy", "quận ủy, huyện ủy". */
  readonly lower: string;
}

type Sub = readonly [RegExp, (l: Level) => string];

/** Central wording → local wording, as the seeds do it. */
const SUBSTITUTIONS: readonly Sub[] = [
  [/Ban Bí thư/gu, (l) => `Ban Thường vụ ${l.body}`],
  [/Ban Dân vận Trung ương/gu, (l) => `Ban Dân vận ${l.body}`],
  [/Mặt trận Tổ quốc Việt Nam/gu, (l) => `Mặt trận Tổ quốc ${l.region}`],
  [/pháp luật có liên quan/gu, () => 'quy chế, quy định'],
  [/Các tỉnh uỷ, thành uỷ/gu, (l) => `Các ${l.lower}`],
  [/trực thuộc Trung ương/gu, (l) => `trực thuộc ${l.body}`],
  [/toàn xã hội/gu, (l) => `toàn ${l.region}`],
  [/Nghị quyết Đại hội XIII của Đảng/gu, (l) => `Nghị quyết Đại hội Đảng bộ ${l.region}`],
];

/** Local phrases appended to a task ("…trên địa bàn tỉnh"). */
const LOCAL_TAILS: readonly ((l: Level) => string)[] = [
  (l) => `trên địa bàn ${l.region}`,
  () => 'phù hợp với tình hình thực tế của địa phương, đơn vị',
  (l) => `theo chỉ đạo của Ban Thường vụ ${l.body}`,
  (l) => `gắn với thực hiện nhiệm vụ chính trị của ${l.region}`,
  () => 'bảo đảm thiết thực, hiệu quả, tránh hình thức',
];

const SYNONYMS: readonly (readonly [RegExp, string])[] = [
  [/^Tăng cường/u, 'Đẩy mạnh, nâng cao chất lượng'],
  [/\bkịp thời\b/u, 'nhanh chóng, đúng quy định'],
  [/^Thường xuyên/u, 'Định kỳ hằng quý'],
  [/\bnâng cao\b/u, 'từng bước nâng cao hơn nữa'],
];

/** Applies the seeds' substitutions that fit the clause (each with probability 0.8). */
function substitute(text: string, level: Level, rnd: Random): string {
  let out = text;
  for (const [re, to] of SUBSTITUTIONS) if (re.test(out) && rnd.chance(0.8)) out = out.replace(re, to(level));
  return out;
}

/** Splits a clause into its body and its final mark (". ; :" or nothing). */
export function splitEnd(text: string): [string, string] {
  const m = /[.;:]+$/u.exec(text);
  return m ? [text.slice(0, m.index), m[0]] : [text, ''];
}

const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);

const OPS: readonly ((body: string, level: Level, rnd: Random) => string)[] = [
  (b, l, rnd) => `${b} ${rnd.pick(LOCAL_TAILS)(l)}`,
  (b) => (/^(Tiếp tục|Tăng cường|Thường xuyên)/u.test(b) ? b : `Tiếp tục quan tâm ${lowerFirst(b)}`),
  (b) => {
    // Drop the last comma phrase when it is short and the rest stays most of the clause.
    const at = b.lastIndexOf(', ');
    const tail = at > 0 ? b.slice(at + 2).split(/\s+/u).length : 0;
    return at > 0 && tail >= 2 && tail <= 8 && at > b.length * 0.7 ? b.slice(0, at) : b;
  },
  (b, _l, rnd) => {
    const fits = SYNONYMS.filter(([re]) => re.test(b));
    if (!fits.length) return b;
    const [re, to] = rnd.pick(fits);
    return b.replace(re, to);
  },
];

/**
 * A heavy rewording, as Lạng Sơn's task 5 does ("Tăng cường công tác kiểm tra, giám sát việc thực
 * hiện Quyết định số 99-QĐ/TW, Hướng dẫn số 05-HD/TU…"): nearly half the clause or more, cut
 * at a comma, then two or three local phrases. Often under half the words are the central clause's.
 */
function heavy(body: string, level: Level, rnd: Random): string {
  const words = (s: string) => s.split(/\s+/u).length;
  // What is kept must still say something: eight words at least, and more than the local phrases.
  const commas = [...body.matchAll(/, /gu)].map((m) => m.index).filter((i) => words(body.slice(0, i)) >= Math.max(8, words(body) * 0.45));
  const kept = commas.length ? body.slice(0, rnd.pick(commas)) : body;
  const tails: string[] = [];
  for (const t of rnd.shuffle(LOCAL_TAILS).slice(0, 3)) {
    if (tails.length >= 2 && rnd.chance(0.5)) break;
    if (words([...tails, t(level)].join(' ')) > words(kept)) break;
    tails.push(t(level));
  }
  return [kept, ...tails].join(', ');
}

/** A local rewording of `text`: substitutions, then one or two rewording operations (or a heavy one). */
export function adapt(text: string, level: Level, rnd: Random): string {
  const [body, end] = splitEnd(substitute(text, level, rnd));
  if (rnd.chance(0.2)) return heavy(body, level, rnd) + end;
  let b = body;
  for (const op of rnd.shuffle(OPS).slice(0, rnd.int(1, 2))) b = op(b, level, rnd);
  return b + end;
}

/** A local phrase long enough to make a clause adapted (used when a rewording came out too light). */
export function addLocalTail(text: string, level: Level, rnd: Random): string {
  const [body, end] = splitEnd(text);
  return `${body} ${rnd.pick(LOCAL_TAILS)(level)}${end}`;
}

const NEW_TONES: readonly (readonly [RegExp, string])[] = [
  [/oá(?!\p{L})/gu, "óa"], [/oà(?!\p{L})/gu, "òa"], [/oả(?!\p{L})/gu, "ỏa"], [/uỷ(?!\p{L})/gu, "ủy"], [/uý(?!\p{L})/gu, "úy"], [/oẻ(?!\p{L})/gu, "ỏe"], [/Uỷ(?!\p{L})/gu, "Ủy"],
];

/** A verbatim copy as provinces type it: other tone placement, curly quotes, "nhân dân" in lower case. */
export function cosmetic(text: string, rnd: Random): string {
  let out = text;
  if (rnd.chance(0.6)) for (const [re, to] of NEW_TONES) out = out.replace(re, to);
  if (rnd.chance(0.5)) out = out.replace(/"([^"]*)"/gu, '“$1”');
  if (rnd.chance(0.3)) out = out.replace(/Nhân dân/gu, 'nhân dân');
  return out;
}
