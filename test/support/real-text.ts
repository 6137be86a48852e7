/**
 * Test helpers: sentences of the real documents in `../shared` (beside the project checkout), and
 * aligned pairs built from them the way the pipeline builds them (tokenize, then wordDiff).
 */
import fs from 'node:fs';
import path from 'node:path';
import { tokenize } from '../../src/core/normalize.ts';
import { wordDiff } from '../../src/core/word-diff.ts';
import type { EffectInput } from '../../src/core/effects.ts';

export const SHARED = path.resolve(import.meta.dirname, '../../../shared');

const cache = new Map<string, string>();

/** A file under `../shared` as one line: NFC, markdown bold/italic marks removed, whitespace collapsed. */
export function flat(file: string): string {
  let t = cache.get(file);
  if (t === undefined) {
    t = fs.readFileSync(path.join(SHARED, file), 'utf8').normalize('NFC').replace(/\*/gu, '').replace(/\s+/gu, ' ');
    cache.set(file, t);
  }
  return t;
}

/** The text of a real document from the first `from` through the next `to`, as printed. */
export function clip(file: string, from: string, to: string): string {
  const t = flat(file);
  const i = t.indexOf(from);
  if (i < 0) throw new Error(`${file}: "${from}" not found`);
  const j = t.indexOf(to, i);
  if (j < 0) throw new Error(`${file}: "${to}" not found after "${from}"`);
  return t.slice(i, j + to.length);
}

/** An aligned pair as the pipeline makes it: each text tokenized on its own, then diffed. */
export function pairOf(central: string, local: string, siblings: readonly string[] = []): EffectInput & { centralText: string; localText: string } {
  const c = tokenize(central), l = tokenize(local);
  return { central: c, local: l, diff: wordDiff(c, l, central, local), siblings: siblings.map((s) => tokenize(s)), centralText: central, localText: local };
}

export const S000 = 'seeds/000_7f29557a9ae7284d.txt';
export const S001 = 'seeds/001_84c014d27a31ff24.txt';
export const S002 = 'seeds/002_9ae54c1010a49905.txt';
export const S003 = 'seeds/003_9075f3a2eb5402b7.txt';
export const CT32 = 'real/ct32-central_32-CT-TTg_quoted-in-article.txt';
export const CT32L = 'real/ct32-local_nghe-an_1026-KH-UBND.txt';
export const KL221 = 'real/kl221-central_221-KL-TW.txt';
export const BCD174 = 'real/kl221-local_ban-chi-dao-chinh-phu_174-CV-BCD.txt';
export const NQLT = 'real/nqlt102-central_102-2025-NQLT.txt';
export const QNINH = 'real/nqlt102-province_mttq-quang-ninh_HD-hiep-thuong-draft.txt';
export const LMINH = 'real/nqlt102-commune_mttq-luong-minh_KH-hiep-thuong-lan-2.txt';
export const QD22 = 'real/qd22-central_22-2013-QD-TTg.txt';
