/**
 * One entry point for every document a user gives us: dispatch on what the bytes are (magic
 * numbers) first and on the extension second, so a .doc renamed .docx or a PNG renamed .txt
 * gets the right message, then normalize to NFC and convert legacy TCVN3/VNI fonts.
 */
import { InputError } from '../core/errors.ts';
import { decodeBytes, MAX_TEXT_BYTES, type ReadWarning } from './decode-bytes.ts';
import { fixLegacyVietnamese } from './legacy-vietnamese.ts';
import { MAX_DOCUMENT_CHARS } from './limits.ts';
import { readDocx } from './read-docx.ts';
import { readPdf, tooManyCharacters } from './read-pdf.ts';
import type { GetDocument } from './read-pdf.ts';
import { looksLikeDocx, sniffFormat } from './sniff.ts';

export type { ReadWarning } from './decode-bytes.ts';

/** Largest .docx/.pdf we open: 50 MB (images make them bigger than their text). */
export const MAX_DOCUMENT_BYTES = 50 * 1024 * 1024;

/** Extensions of the documents we read (folder expansion keeps only these). */
export const DOCUMENT_EXTENSIONS = ['.txt', '.md', '.docx', '.pdf'] as const;

/** What `readFile` needs from its environment: pdfjs, loaded only when a PDF shows up. */
export interface ReadDeps {
  readonly loadPdf: () => Promise<GetDocument>;
}

/** A document read into text. */
export interface ReadResult {
  readonly name: string;
  /** Unicode NFC text: paragraphs separated by blank lines for .docx/.pdf, as written for text files. */
  readonly text: string;
  /** Text files: the byte encoding (see `DecodedText`); .docx/.pdf: 'unicode', 'tcvn3' or 'vni'. */
  readonly encoding: string;
  /** What was converted ("TCVN3 → Unicode"), or `null`. */
  readonly converted: string | null;
  readonly format: 'text' | 'docx' | 'pdf';
  /** What the user should know about a file read anyway (INVALID_UTF8); present only when there is something. */
  readonly warnings?: readonly ReadWarning[];
}

const OTHER_OFFICE = /\.(?:xlsx|xlsm|pptx|odt|ods|odp|epub)$/i;

function extension(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot).toLowerCase();
}

function unsupported(name: string, what: string): InputError {
  return new InputError('UNSUPPORTED_FORMAT', name, `${name} is ${what}; open it in Word and save it as .docx`, what);
}

/** TOO_LARGE for a file of `size` bytes over `limit` (MAX_TEXT_BYTES or MAX_DOCUMENT_BYTES). */
export function tooLarge(name: string, size: number, limit: number): InputError {
  const mb = (size / 1024 / 1024).toFixed(1);
  const what = limit === MAX_TEXT_BYTES ? 'text files' : 'documents';
  return new InputError('TOO_LARGE', name, `${name} is ${mb} MB; ${what} over ${limit / 1024 / 1024} MB are refused`, `${mb} MB`, size);
}

/**
 * The byte limit `readFile` applies to a file called `name` that starts with `head` (its first
 * 1,029 bytes are enough), so a caller that can stat a file refuses it before reading it whole:
 * MAX_DOCUMENT_BYTES for what is read as .pdf/.docx (or refused as another binary format),
 * MAX_TEXT_BYTES for text.
 */
export function byteLimitOf(name: string, head: Uint8Array): number {
  const ext = extension(name);
  return sniffFormat(head) !== null || ext === '.pdf' || ext === '.docx' ? MAX_DOCUMENT_BYTES : MAX_TEXT_BYTES;
}

function checkSize(name: string, bytes: Uint8Array): void {
  if (bytes.length > MAX_DOCUMENT_BYTES) throw tooLarge(name, bytes.length, MAX_DOCUMENT_BYTES);
}

/** TOO_MANY_CHARACTERS once a document's text is read, whatever it came from. */
function checkLength(r: ReadResult): ReadResult {
  if (r.text.length > MAX_DOCUMENT_CHARS) throw tooManyCharacters(r.name, r.text.length);
  return r;
}

function fromRich(name: string, raw: string, format: 'docx' | 'pdf'): ReadResult {
  const legacy = fixLegacyVietnamese(raw);
  const text = legacy.text.normalize('NFC');
  const converted = legacy.encoding === 'tcvn3' ? 'TCVN3 → Unicode' : legacy.encoding === 'vni' ? 'VNI → Unicode' : null;
  return { name, text, encoding: legacy.encoding, converted, format };
}

/**
 * Reads one document. Text files go through `decodeBytes`; .docx through mammoth; .pdf through
 * pdfjs (`deps.loadPdf`). Throws `InputError`: EMPTY_FILE, UNSUPPORTED_FORMAT (.doc, RTF,
 * .xlsx/.odt…: "save it as .docx"), BINARY_FILE, TOO_LARGE, CORRUPT_DOCX, CORRUPT_PDF,
 * NO_TEXT_LAYER, UNREADABLE, HTML_PAGE, WHITESPACE_ONLY, and the limits of `limits.ts`:
 * TOO_MANY_PARTS, INFLATES_TOO_LARGE (.docx), TOO_MANY_PAGES (.pdf), TOO_MANY_CHARACTERS.
 */
export async function readFile(name: string, bytes: Uint8Array, deps: ReadDeps): Promise<ReadResult> {
  return checkLength(await read(name, bytes, deps));
}

async function read(name: string, bytes: Uint8Array, deps: ReadDeps): Promise<ReadResult> {
  if (bytes.length === 0) throw new InputError('EMPTY_FILE', name, `${name} is empty (0 bytes)`);
  const ext = extension(name);
  const format = sniffFormat(bytes);
  if (format === 'ole') throw unsupported(name, ext === '.doc' ? 'an old Word .doc file' : 'an old Office (.doc/.xls) or password-protected file');
  if (format === 'rtf') throw unsupported(name, 'an RTF file');
  if (format === 'pdf') {
    checkSize(name, bytes);
    return fromRich(name, await readPdf(bytes, name, await deps.loadPdf()), 'pdf');
  }
  if (format === 'zip' && OTHER_OFFICE.test(name)) throw unsupported(name, `a ${ext} file, not a Word document`);
  if (format === 'zip' && (ext === '.docx' || looksLikeDocx(bytes))) {
    checkSize(name, bytes);
    return fromRich(name, await readDocx(bytes, name), 'docx');
  }
  // Named .pdf/.docx but neither magic nor a known binary format: a damaged or mislabeled file.
  if (format === null && ext === '.pdf') throw new InputError('CORRUPT_PDF', name, `${name} is not a PDF file (no %PDF header)`);
  if (format === null && ext === '.docx') throw new InputError('CORRUPT_DOCX', name, `${name} is not a Word .docx file (not a zip archive)`);
  const decoded = decodeBytes(bytes, name); // refuses other zips, images… as BINARY_FILE
  const { text, encoding, converted, warnings } = decoded;
  return { name, text, encoding, converted, format: 'text', ...(warnings ? { warnings } : {}) };
}
