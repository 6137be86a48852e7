/**
 * Why a PDF gave (almost) no text: a scan, which needs OCR, or a damaged file. pdf.js recovers
 * what it can from damaged content and returns no text rather than an error, so a PDF with a few
 * bytes flipped was said to "need OCR" (issue 16). A page that paints an image is a scan; otherwise
 * the file is opened again with pdf.js's `stopAtErrors`, and a page whose text cannot be read
 * without recovery means damage. With neither (text drawn as outlines) it still needs OCR.
 */
import type { GetDocument, PdfDocument } from './read-pdf.ts';

/** pdf.js's OPS codes of the operations that paint images (paintJpegXObject … paintSolidColorImageMask). */
const PAINT_IMAGE_FIRST = 82, PAINT_IMAGE_LAST = 90;
/** Pages looked at: enough to find the images of a scan or the damage of a file. */
const PAGES_LOOKED_AT = 50;

/** 'scan' (images, or nothing wrong found) or 'damaged'; `open` opens the file with `stopAtErrors`. Never throws. */
export async function whyNoText(open: () => ReturnType<GetDocument>): Promise<'scan' | 'damaged'> {
  let doc: PdfDocument;
  try {
    doc = await open().promise;
  } catch {
    return 'damaged';
  }
  let damaged = false;
  try {
    for (let n = 1; n <= Math.min(doc.numPages, PAGES_LOOKED_AT); n++) {
      try {
        const page = await doc.getPage(n);
        const ops = await page.getOperatorList?.();
        if (ops && Array.prototype.some.call(ops.fnArray, (op: number) => op >= PAINT_IMAGE_FIRST && op <= PAINT_IMAGE_LAST)) return 'scan';
        await page.getTextContent();
        page.cleanup?.();
      } catch {
        damaged = true;
      }
    }
    return damaged ? 'damaged' : 'scan';
  } finally {
    await doc.destroy();
  }
}
