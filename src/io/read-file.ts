/**
 * One entry point for every document a user gives us: dispatch on what the bytes are (magic
 * numbers) first and on the extension second, so a .doc renamed .docx or a PNG renamed .txt
 * gets the right message, then normalize to NFC and convert legacy TCVN3/VNI fonts.
 */
import { InputError } from '../core/errors.ts';
import { decodeBytes } from './decode-bytes.ts';
import { fixLegacyVietnamese } from './legacy-vietnamese.ts';
import { readDocx } from './read-docx.ts';
import { readPdf } from './read-pdf.ts';
import type { GetDocument } from './read-pdf.ts';
import { looksLikeDocx, sniffFormat } from './sniff.ts';

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
}

const OTHER_OFFICE = /\.(?:xlsx|xlsm|pptx|odt|ods|odp|epub)$/i;

function extension(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot).toLowerCase();
}

function unsupported(name: string, what: string): InputError {
  return new InputError('UNSUPPORTED_FORMAT', name, `${name} is ${what}; open it in Word and save it as .docx`, what);
}

function checkSize(name: string, bytes: Uint8Array): void {
  if (bytes.length <= MAX_DOCUMENT_BYTES) return;
  const mb = (bytes.length / 1024 / 1024).toFixed(1);
  throw new InputError('TOO_LARGE', name, `${name} is ${mb} MB; documents over 50 MB are refused`, `${mb} MB`);
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
 * NO_TEXT_LAYER, UNREADABLE, HTML_PAGE, WHITESPACE_ONLY.
 */
export async function readFile(name: string, bytes: Uint8Array, deps: ReadDeps): Promise<ReadResult> {
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
  return { name, text: decoded.text, encoding: decoded.encoding, converted: decoded.converted, format: 'text' };
}
