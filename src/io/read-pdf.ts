/**
 * PDF → text from pdfjs's text layer. The pdfjs module is a parameter (`getDocument`), loaded by
 * `pdfjs-node.ts` (legacy build, for Node) or `pdfjs-browser.ts` (modern build + worker URL,
 * for Vite): this file imports no pdfjs code, so it runs and is tested in Node.
 */
import { InputError } from '../core/errors.ts';
import { MAX_DOCUMENT_CHARS, MAX_PDF_PAGES } from './limits.ts';
import { linesToText, pageLines } from './pdf-layout.ts';
import type { PdfTextItem } from './pdf-layout.ts';
import { whyNoText } from './pdf-textless.ts';

/** The part of pdfjs's `PDFPageProxy` we use. */
export interface PdfPage {
  getTextContent(): Promise<{ items: ReadonlyArray<PdfTextItem | { type: string }> }>;
  /** The drawing operations of the page (to tell a scan, which paints images, from a damaged file). */
  getOperatorList?(): Promise<{ fnArray: ArrayLike<number> }>;
  cleanup?(): unknown;
}

/** The part of pdfjs's `PDFDocumentProxy` we use. */
export interface PdfDocument {
  readonly numPages: number;
  getPage(pageNumber: number): Promise<PdfPage>;
  destroy(): Promise<void>;
}

/** Options we pass to pdfjs's `getDocument`. */
export interface PdfOpenParams {
  data: Uint8Array;
  isEvalSupported: boolean;
  verbosity: number;
  disableFontFace: boolean;
  /** Fail on damaged content instead of recovering what can be read (used only to diagnose a text-less PDF). */
  stopAtErrors?: boolean;
}

/** pdfjs's `getDocument`, from either build (`typeof import('pdfjs-dist').getDocument` fits). */
export type GetDocument = (params: PdfOpenParams) => { promise: Promise<PdfDocument>; destroy(): Promise<void> };

/** Fewer letters than this per page on average: a scan (e.g. only a "Scanned by …" stamp). */
const MIN_LETTERS_PER_PAGE = 40;

/** TOO_MANY_CHARACTERS for a document whose text passed MAX_DOCUMENT_CHARS (`after`: where it was noticed). */
export function tooManyCharacters(source: string, chars: number, after?: string): InputError {
  return new InputError('TOO_MANY_CHARACTERS', source,
    `${source} holds ${chars.toLocaleString('en')} characters${after ? ` in ${after}` : ''}; documents of more than ${MAX_DOCUMENT_CHARS.toLocaleString('en')} characters are refused`,
    chars.toLocaleString('en'), chars);
}

function isTextItem(item: PdfTextItem | { type: string }): item is PdfTextItem {
  return typeof (item as { str?: unknown }).str === 'string';
}

/** The options every document is opened with; `bytes` is copied (pdfjs detaches what it is given). */
const openParams = (bytes: Uint8Array): PdfOpenParams => ({ data: bytes.slice(), isEvalSupported: false, verbosity: 0, disableFontFace: true });

/**
 * Text of a PDF: lines rebuilt from text-item positions, paragraphs separated by blank lines,
 * "- " items on their own lines (see `pdf-layout.ts`). Not NFC-normalized and not checked for
 * legacy fonts: `readFile` does both.
 * Throws InputError CORRUPT_PDF (unparseable, or damaged so that no text comes out),
 * UNREADABLE (password-protected), TOO_MANY_PAGES (over MAX_PDF_PAGES, before any page is read),
 * TOO_MANY_CHARACTERS (text over MAX_DOCUMENT_CHARS, stopped at the page that crosses it) or
 * NO_TEXT_LAYER (a scan: under 40 letters per page; it needs OCR).
 */
export async function readPdf(bytes: Uint8Array, source: string, getDocument: GetDocument): Promise<string> {
  const task = getDocument(openParams(bytes));
  let doc: PdfDocument;
  try {
    doc = await task.promise;
  } catch (e) {
    const name = (e as { name?: unknown } | null)?.name;
    const reason = e instanceof Error ? e.message : String(e);
    if (name === 'PasswordException') {
      throw new InputError('UNREADABLE', source, `${source} is password-protected; remove the password and try again`, reason);
    }
    throw new InputError('CORRUPT_PDF', source, `${source} is not a readable PDF file: ${reason}`, reason);
  }
  try {
    if (doc.numPages > MAX_PDF_PAGES) {
      throw new InputError('TOO_MANY_PAGES', source, `${source} has ${doc.numPages} pages; PDF files of more than ${MAX_PDF_PAGES} pages are refused`, String(doc.numPages), doc.numPages);
    }
    const pages = [];
    let chars = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const items = (await page.getTextContent()).items.filter(isTextItem);
      chars += items.reduce((sum, item) => sum + item.str.length, 0);
      if (chars > MAX_DOCUMENT_CHARS) throw tooManyCharacters(source, chars, `${n} of ${doc.numPages} pages`);
      pages.push(pageLines(items));
      page.cleanup?.();
    }
    const text = linesToText(pages);
    const letters = text.match(/\p{L}/gu)?.length ?? 0;
    if (letters < MIN_LETTERS_PER_PAGE * doc.numPages) {
      if (await whyNoText(() => getDocument({ ...openParams(bytes), stopAtErrors: true })) === 'damaged') {
        throw new InputError('CORRUPT_PDF', source, `${source} is a damaged PDF: its pages cannot be read`, `${letters} letters on ${doc.numPages} page(s)`);
      }
      throw new InputError('NO_TEXT_LAYER', source, `${source}: this PDF has no text; it needs OCR`, `${letters} letters on ${doc.numPages} page(s)`);
    }
    return text;
  } catch (e) {
    if (e instanceof InputError) throw e;
    const reason = e instanceof Error ? e.message : String(e);
    throw new InputError('CORRUPT_PDF', source, `${source} is a damaged PDF: ${reason}`, reason);
  } finally {
    await doc.destroy();
  }
}
