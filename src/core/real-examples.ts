/**
 * The documents under `../shared` that the word lists quote (effect-words.ts, admin-levels.ts):
 * every entry carries a sentence of a real document as its example, named by the file it is in.
 */

/** A sentence of a real document: `file` under `../shared`, `text` as printed (whitespace collapsed, markdown marks removed). */
export interface RealExample {
  readonly file: string;
  readonly text: string;
}

/** The quoted documents under `../shared`, by the short name the lists give them (CT32L: Nghệ An's plan for CT32). */
const FILES = {
  S000: 'seeds/000_7f29557a9ae7284d.txt',
  S001: 'seeds/001_84c014d27a31ff24.txt',
  S003: 'seeds/003_9075f3a2eb5402b7.txt',
  S004: 'seeds/004_2db8125d1e88a77c.txt',
  CT32: 'real/ct32-central_32-CT-TTg_quoted-in-article.txt',
  CT32L: 'real/ct32-local_nghe-an_1026-KH-UBND.txt',
  KL221: 'real/kl221-central_221-KL-TW.txt',
  BCD174: 'real/kl221-local_ban-chi-dao-chinh-phu_174-CV-BCD.txt',
  NQLT: 'real/nqlt102-central_102-2025-NQLT.txt',
  QNINH: 'real/nqlt102-province_mttq-quang-ninh_HD-hiep-thuong-draft.txt',
  NQLTX: 'real/nqlt102-commune_mttq-luong-minh_KH-hiep-thuong-lan-2.txt',
  QD22: 'real/qd22-central_22-2013-QD-TTg.txt',
  QD22L: 'real/qd22-local_tphcm_3210-QD-UBND_decision-with-attached-plan.txt',
} as const;

/** Short name of a quoted document. */
export type Quoted = keyof typeof FILES;

/** An example: the sentence `text` of the quoted document `doc`. */
export const ex = (doc: Quoted, text: string): RealExample => ({ file: FILES[doc], text });
