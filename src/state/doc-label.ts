/** Short and full names of a document for tables, chart axes and headings. Pure. */
import type { ParsedDocument } from '../core/types.ts';
import type { Lang } from '../messages/words.ts';
import { oncePer } from './combine/once-per.ts';

const LEVEL = /^(Tỉnh ủy|Thành ủy|Đảng ủy|Huyện ủy|Quận ủy|Thị ủy|Ban Thường vụ)\s+/u;

// Every page names thousands of documents, several times each (sorts compare names): each name is
// worked out once per document (issue 14: 5,000 documents spent 130-290 ms per page in the regexes).
/** Name a chart axis can hold: "Lạng Sơn", "TTXVN" (initials of a long issuer), or the number. */
export const shortName: (doc: ParsedDocument) => string = oncePer(nameOf);

function nameOf(doc: ParsedDocument): string {
  const front = (doc.front['name'] ?? doc.front['label'])?.replace(/\s*\([^)]*\)\s*$/u, '').trim();
  if (front) return front;
  const issuer = doc.meta.issuer?.trim();
  if (!issuer) return doc.meta.number ?? doc.id;
  const rest = issuer.replace(LEVEL, '');
  if (!rest) return issuer;
  const words = rest.split(/\s+/u);
  if (words.length > 3) return words.map((w) => w[0]?.toLocaleUpperCase('vi') ?? '').join('');
  return rest;
}

/**
 * The label front matter gives a document, in `lang`: `label` ("Thành ủy (thành phố không ghi trong
 * văn bản)"), in English `label-en` when there is one ("Thành ủy (city not named in the text)").
 */
export function frontLabel(doc: Pick<ParsedDocument, 'front'>, lang: Lang = 'vi'): string | null {
  return (lang === 'en' ? doc.front['label-en'] : undefined) ?? doc.front['label'] ?? null;
}

/** Issuer for a table: a human label from front matter, else the issuer read from the text. */
export function issuerName(doc: ParsedDocument, lang: Lang = 'vi'): string {
  return frontLabel(doc, lang) ?? doc.front['name'] ?? doc.meta.issuer ?? doc.source;
}
