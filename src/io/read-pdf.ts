/**
 * PDF → text from pdfjs's text layer. The pdfjs module is a parameter (`getDocument`), loaded by
 * `pdfjs-node.ts` (legacy build, for Node) or `pdfjs-browser.ts` (modern build + worker URL,
 * for Vite): this file imports no pdfjs code, so it runs and is tested in Node.
 */
import { InputError } from '../core/errors.ts';
import { linesToText, pageLines } from './pdf-layout.ts';
import type { PdfTextItem } from './pdf-layout.ts';

/** The part of pdfjs's `PDFPageProxy` we use. */
export interface PdfPage {
  getTextContent(): Promise<{ items: ReadonlyArray<PdfTextItem | { type: string }> }>;
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
}

/** pdfjs's `getDocument`, from either build (`typeof import('pdfjs-dist').getDocument` fits). */
export type GetDocument = (params: PdfOpenParams) => { promise: Promise<PdfDocument>; destroy(): Promise<void> };

/** Fewer letters than this per page on average: a scan (e.g. only a "Scanned by …" stamp). */
const MIN_LETTERS_PER_PAGE = 40;

function isTextItem(item: PdfTextItem | { type: string }): item is PdfTextItem {
  return typeof (item as { str?: unknown }).str === 'string';
}

/**
 * Text of a PDF: lines rebuilt from text-item positions, paragraphs separated by blank lines,
 * "- " items on their own lines (see `pdf-layout.ts`). Not NFC-normalized and not checked for
 * legacy fonts: `readFile` does both. `bytes` is copied (pdfjs detaches what it is given).
 * Throws InputError CORRUPT_PDF (unparseable), UNREADABLE (password-protected) or NO_TEXT_LAYER
 * (a scan: under 40 letters per page; it needs OCR).
 */
export async function readPdf(bytes: Uint8Array, source: string, getDocument: GetDocument): Promise<string> {
  const task = getDocument({ data: bytes.slice(), isEvalSupported: false, verbosity: 0, disableFontFace: true });
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
    const pages = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      pages.push(pageLines(content.items.filter(isTextItem)));
      page.cleanup?.();
    }
    const text = linesToText(pages);
    const letters = text.match(/\p{L}/gu)?.length ?? 0;
    if (letters < MIN_LETTERS_PER_PAGE * doc.numPages) {
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
