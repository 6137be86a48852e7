/**
 * Parsing, step 5: where the body ends, and what follows it — recipients ("Nơi nhận"), the
 * signature blocks and the signers with their capacity ("KT. TRƯỞNG BAN" / "PHÓ TRƯỞNG BAN THƯỜNG
 * TRỰC" / "PHÓ THỦ TƯỚNG" / "Phạm Thị Thanh Trà" in CV 174; three "TM." blocks in NQLT 102). A
 * certified copy's own trailer (KL 21's "SAO LỤC" by Quận ủy Ba Đình, signed by its office) is
 * not the document's signature.
 */
import type { Para } from './parse-repair.ts';
import type { Signer } from './types.ts';
import { isCaps, personalName } from './vn-text.ts';
import { readItem } from './parse-markers.ts';
import { isSpace } from './spaces.ts';

const CAPACITY = /^(T\/M|K\/T|T\/L|TM\.|KT\.|TL\.|TUQ\.|Q\.)\s*/u;
const SIGN_TITLE = /(BÍ THƯ|CHỦ TỊCH|TRƯỞNG BAN|CHÁNH VĂN PHÒNG|GIÁM ĐỐC|THỦ TƯỚNG|BỘ TRƯỞNG|TRƯỞNG BAN|CHỦ NHIỆM|VIỆN TRƯỞNG|TỔNG BÍ THƯ)/u;
/** Words that open structure lines, never a signer's name ("Chương I", "Điều 3", "Mục 2"). */
const NOT_NAME = /^(Chương|Điều|Mục|Phần|Bước|Phụ|Mẫu|Biểu)(?![\p{L}\p{N}])/u;

/** A signer's name alone on its line, not a structure heading. */
export function signerName(t: string): string | null {
  return NOT_NAME.test(t) ? null : personalName(t);
}

/** Longest cell read as a signing title and name ("PHÓ CHỦ TỊCH THƯỜNG TRỰC … Nguyễn Văn A"). */
const MAX_SIGNING_CELL = 300;

/** A caps title line ending in a name, as table cells flatten it: "THỦ TƯỚNG Nguyễn Tấn Dũng". */
function titleThenName(t: string): { title: string; name: string } | null {
  // A signing cell is a title and a name, a line or two; the regex's `.*` backtracks over every
  // character of a long one (a 12-million-character line overflowed the stack: issue 16).
  if (t.length > MAX_SIGNING_CELL || !endsInNameWord(t)) return null;
  const m = /^(.*[\p{Lu}.]\s+)((?:\p{Lu}\p{Ll}+\s+){1,4}\p{Lu}\p{Ll}+)\.?$/u.exec(t);
  if (!m || !isCaps(m[1]!) || !signerName(m[2]!)) return null;
  return { title: m[1]!.trim(), name: m[2]! };
}

/**
 * What follows the last white space of `t` is one capitalized word, with an optional full stop:
 * `titleThenName`'s expression needs it, and most paragraphs, ending in lower case, fail it here.
 */
function endsInNameWord(t: string): boolean {
  let i = t.length;
  while (i > 0 && !isSpace(t.charCodeAt(i - 1))) i--;
  return i > 0 && /^\p{Lu}\p{Ll}+\.?$/u.test(t.slice(i));
}

/** A line of a signature block: a capacity, a signing title in capitals, a name, or a title and a name as a table cell flattens them. */
export function isSignatureLine(t: string): boolean {
  return CAPACITY.test(t) || (isCaps(t) && SIGN_TITLE.test(t) && t.length < 80) || signerName(t) !== null || titleThenName(t) !== null;
}

/** First paragraph index at or after `from` (before `to`) that ends the body. */
export function findBodyEnd(paras: readonly Para[], from: number, to = paras.length): number {
  for (let i = from; i < to; i++) {
    const t = paras[i]!.text;
    if (t.startsWith('Nơi nhận') || CAPACITY.test(t) || t.startsWith('Đã ký')) return i;
    // In a table a place ("Lào Cai", "Quảng Ninh" in CV 174's appendix) looks like a name: only the
    // recipients and a signing capacity end the body there.
    if (paras[i]!.cell && !titleThenName(t)) continue;
    if (isCaps(t) && SIGN_TITLE.test(t) && t.length < 80 && !/[.:;]$/u.test(t)) return i;
    // The position first: tested only after a name, it had no type feedback and deoptimized the function.
    if (i > from && signerName(t)) return i;
    if (titleThenName(t)) return i;
  }
  return to;
}

export interface Frame {
  readonly copyTo: string[];
  readonly signature: string[];
  readonly signers: Signer[];
  /** Paragraphs read as frame. */
  readonly paras: number[];
}

/** A recipient line without its item mark, kept unless nothing is left. */
function pushRecipient(copyTo: string[], line: string): void {
  const r = line.replace(/^[-–+•]\s*/u, '').trim();
  if (r) copyTo.push(r);
}

/** Reads recipients and signatures from the paragraphs `[from, to)` after the body. */
export function readFrame(paras: readonly Para[], from: number, to = paras.length): Frame {
  const copyTo: string[] = [];
  const signature: string[] = [];
  const signers: Signer[] = [];
  const used: number[] = [];
  let titleLines: string[] = [];
  let inCopy = false;
  for (let i = from; i < to; i++) {
    const p = paras[i]!;
    const t = p.text;
    if (/^(SAO LỤC|SAO Y|TRÍCH SAO)/u.test(t)) break;
    used.push(i);
    if (t.startsWith('Nơi nhận')) {
      inCopy = true;
      const rest = p.lines.length > 1 ? p.lines.slice(1).join('\n') : t.replace(/^Nơi nhận\s*:?\s*/u, '');
      // Piece by piece: a mapped and filtered array changed its map with the pieces and deoptimized the function twice.
      for (const x of rest.split(/\n|(?:^|\s)[-–+•]\s+|;\s*/u)) pushRecipient(copyTo, x);
      continue;
    }
    if (inCopy && (readItem(t) !== null || /^Như trên/u.test(t))) {
      for (const l of p.lines) pushRecipient(copyTo, l);
      continue;
    }
    inCopy = false;
    for (const line of p.lines.length > 1 ? p.lines : [t]) {
      const name = signerName(line.replace(/^\(?Đã ký\)?\s*:?\s*/u, '')) ?? null;
      const both = name ? null : titleThenName(line);
      if (name || both) {
        const lines = both ? [...titleLines, both.title] : titleLines;
        signature.push(line);
        signers.push(signerOf(both?.name ?? name!, lines));
        titleLines = [];
        continue;
      }
      if (isCaps(line) || CAPACITY.test(line)) { titleLines.push(line); signature.push(line); }
    }
    // Lines after a signer that name a copying office belong to a copy trailer (KL 21).
    if (signers.length && /^(QUẬN|HUYỆN|TỈNH|THÀNH) (ỦY|UỶ)/u.test(paras[i + 1]?.text ?? '')) break;
  }
  return { copyTo, signature, signers, paras: used };
}

function signerOf(name: string, lines: readonly string[]): Signer {
  const title = lines.length ? lines.join(' ').replace(/\s+/gu, ' ').trim() : null;
  const cap = title ? CAPACITY.exec(title)?.[1] ?? null : null;
  const capacity = cap ? ({ 'T/M': 'TM.', 'K/T': 'KT.', 'T/L': 'TL.' } as Record<string, string>)[cap] ?? cap : null;
  return { name, capacity, title };
}
