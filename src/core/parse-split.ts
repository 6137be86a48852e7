/**
 * Parsing, step 1b: one file may hold several documents. Seed 000 is a cover letter (652-CV/ĐU,
 * ending with its recipients and signature) followed by a received stamp and the full text of
 * the Kết luận it forwards. A new document starts after a signature block when a document-kind
 * title ("KẾT LUẬN") follows and real body text comes after it.
 */
import { paraText, type RawPara } from './parse-lines.ts';
import { isStamp } from './parse-repair.ts';
import { isCaps, personalName, readDash } from './vn-text.ts';
import { kindOfTitle as kindFromTitle } from './header-fields.ts';
import { isSignatureLine } from './parse-frame.ts';

/** End-of-letter material: recipients, signature titles, names, stamps. */
function isTrailer(text: string): boolean {
  return /^(Nơi nhận|Như trên)/u.test(text) || readDash(text) !== null || isCaps(text)
    || personalName(text) !== null || text.startsWith('Đã ký') || isStamp(text) || text === '*' || isSignatureLine(text);
}

/** Splits a file's paragraphs into documents. Most files give one group. */
export function splitDocuments(paras: readonly RawPara[]): RawPara[][] {
  const texts = paras.map(paraText);
  const groups: RawPara[][] = [];
  let start = 0;
  for (let i = 0; i < texts.length; i++) {
    if (!texts[i]!.startsWith('Nơi nhận')) continue;
    let next = i + 1;
    while (next < texts.length && isTrailer(texts[next]!) && !kindFromTitle(texts[next]!)) next++;
    const kindAt = texts.slice(next, next + 8).findIndex((t) => kindFromTitle(t) !== null);
    if (kindAt < 0) continue;
    const hasBody = texts.slice(next + kindAt + 1).some((t) => t.length >= 200);
    if (!hasBody) continue;
    groups.push(paras.slice(start, next));
    start = next;
    i = next;
  }
  groups.push(paras.slice(start));
  // Received stamps stay: in a letter's frame or a header they are shown as such, never dropped.
  return groups.filter((g) => g.length > 0);
}
