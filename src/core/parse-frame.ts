/**
 * Parsing, step 5: where the body ends, and what follows it — recipients ("Nơi nhận"), the
 * signature block and the signer. A certified copy's own trailer (KL 21's "SAO LỤC" by Quận ủy
 * Ba Đình, signed by its office) is not the document's signature.
 */
import type { Para } from './parse-repair.ts';
import { isCaps, personalName, readDash } from './vn-text.ts';

/** First paragraph index at or after `from` that ends the body. */
export function findBodyEnd(paras: readonly Para[], from: number): number {
  for (let i = from; i < paras.length; i++) {
    const t = paras[i]!.text;
    if (/^Nơi nhận/u.test(t) || /^(T\/M|K\/T|TM\.|KT\.|TL\.|T\/L)\s/u.test(t) || /^Đã ký/u.test(t)) return i;
    if (isCaps(t) && /(BÍ THƯ|CHỦ TỊCH|TRƯỞNG BAN|CHÁNH VĂN PHÒNG|GIÁM ĐỐC)/u.test(t) && t.length < 80) return i;
    if (personalName(t) && i > from) return i;
  }
  return paras.length;
}

export interface Frame {
  readonly copyTo: string[];
  readonly signature: string[];
  readonly signer: string | null;
  readonly signerTitle: string | null;
}

/** Reads recipients and signature from the paragraphs after the body. */
export function readFrame(paras: readonly Para[], from: number): Frame {
  const copyTo: string[] = [];
  const signature: string[] = [];
  let signer: string | null = null;
  let titleLines: string[] = [];
  let signerTitle: string | null = null;
  let inCopy = false;
  for (let i = from; i < paras.length; i++) {
    const p = paras[i]!;
    const t = p.text;
    if (/^(SAO LỤC|SAO Y|TRÍCH SAO)/u.test(t)) break;
    if (/^Nơi nhận/u.test(t)) { inCopy = true; continue; }
    if (inCopy && (readDash(t) !== null || /^Như trên/u.test(t))) {
      copyTo.push(...p.lines.map((l) => l.replace(/^[-–+•]\s*/u, '').trim()).filter(Boolean));
      continue;
    }
    inCopy = false;
    const name = personalName(t);
    if (name) {
      signature.push(t);
      if (!signer) { signer = name; signerTitle = titleLines.length ? titleLines.join(' ') : null; }
      // Lines after the signer belong to a copy trailer (KL 21: "QUẬN ỦY BA ĐÌNH VĂN PHÒNG…").
      if (signer) break;
      continue;
    }
    if (isCaps(t)) { titleLines = [...titleLines, t]; signature.push(t); }
  }
  return { copyTo, signature, signer, signerTitle };
}
