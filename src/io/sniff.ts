/**
 * Byte-level sniffing shared by `decodeBytes` and `readFile`: what a file really is, whatever its
 * name says (a PNG renamed ".txt", a .doc renamed ".docx"), and whether "text" is binary.
 */

/** Formats recognized by their magic numbers. */
export type SniffedFormat = 'pdf' | 'zip' | 'ole' | 'rtf' | 'png' | 'jpeg' | 'gif' | 'gzip' | '7z' | 'rar' | 'elf';

const MAGIC: ReadonlyArray<readonly [SniffedFormat, readonly number[]]> = [
  ['zip', [0x50, 0x4b, 0x03, 0x04]],
  ['zip', [0x50, 0x4b, 0x05, 0x06]], // empty archive
  ['ole', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]], // .doc, .xls, encrypted .docx
  ['rtf', [0x7b, 0x5c, 0x72, 0x74, 0x66]], // {\rtf
  ['png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['jpeg', [0xff, 0xd8, 0xff]],
  ['gif', [0x47, 0x49, 0x46, 0x38]],
  ['gzip', [0x1f, 0x8b]],
  ['7z', [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]],
  ['rar', [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07]],
  ['elf', [0x7f, 0x45, 0x4c, 0x46]],
];

function startsWith(bytes: Uint8Array, magic: readonly number[], at = 0): boolean {
  return magic.every((b, i) => bytes[at + i] === b);
}

/**
 * The format `bytes` start with, or `null` for anything else (text, unknown binary).
 * "%PDF-" may follow up to 1 KB of junk, as the PDF spec lets readers accept.
 */
export function sniffFormat(bytes: Uint8Array): SniffedFormat | null {
  for (const [format, magic] of MAGIC) if (startsWith(bytes, magic)) return format;
  const pdf = [0x25, 0x50, 0x44, 0x46, 0x2d];
  const limit = Math.min(bytes.length - pdf.length, 1024);
  for (let i = 0; i <= limit; i++) if (startsWith(bytes, pdf, i)) return 'pdf';
  return null;
}

/**
 * `true` when a zip holds a Word document: a "word/" entry name in its first 64 KB (local
 * headers) or its last 64 KB (central directory). .xlsx/.pptx/.odt zips have no "word/" entry.
 */
export function looksLikeDocx(bytes: Uint8Array): boolean {
  const latin1 = new TextDecoder('latin1');
  return latin1.decode(bytes.subarray(0, 65536)).includes('word/')
    || latin1.decode(bytes.subarray(Math.max(0, bytes.length - 65536))).includes('word/');
}

/** Byte order of UTF-16 text, from a BOM or from where the NUL bytes fall; `null` if not UTF-16. */
export function sniffUtf16(bytes: Uint8Array): { order: 'le' | 'be'; bom: boolean } | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { order: 'le', bom: true };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { order: 'be', bom: true };
  // Without BOM: Vietnamese UTF-16LE has a 0x00 high byte for every ASCII char (spaces, most
  // letters), so odd positions are mostly NUL and even ones almost never.
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (odd / pairs >= 0.2 && even / pairs < 0.02) return { order: 'le', bom: false };
  if (even / pairs >= 0.2 && odd / pairs < 0.02) return { order: 'be', bom: false };
  return null;
}

/** NUL anywhere, or over 10% control codes (tab, LF, FF, CR excepted), among `n` units. */
function controlsSayBinary(n: number, at: (i: number) => number): boolean {
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = at(i);
    if (c === 0) return true;
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) control++;
  }
  return n > 0 && control / n > 0.1;
}

/**
 * `true` when 8-bit "text" is binary: a NUL byte, or more than 10% control bytes, in the first
 * 64 KB. The bar is not lower because TCVN 5712 puts capitals at 0x01–0x17 ("Ú" = 0x01).
 */
export function looksBinary(bytes: Uint8Array): boolean {
  return controlsSayBinary(Math.min(bytes.length, 65536), (i) => bytes[i] ?? 0);
}

/** `true` when decoded (UTF-16) text is binary, by the same rule over its first 64 K chars. */
export function looksBinaryText(text: string): boolean {
  return controlsSayBinary(Math.min(text.length, 65536), (i) => text.charCodeAt(i));
}

/** `true` when decoded text is an HTML page (doctype or <html>/<head>/<body> first). */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 4096).replace(/^\uFEFF/, '');
  return /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body)[\s>]/i.test(head);
}
