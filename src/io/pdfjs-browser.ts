/**
 * pdfjs for the browser (Vite): the modern build, with its worker served as a separate asset
 * (`?url`), both loaded on first use so the app only downloads pdfjs when a PDF is opened.
 */
import type { GetDocument } from './read-pdf.ts';

/** Loads pdfjs-dist, points it at its worker file and returns `getDocument`, for `readPdf`/`readFile`. */
export async function loadPdfjsBrowser(): Promise<GetDocument> {
  const [pdfjs, worker] = await Promise.all([
    import('pdfjs-dist'),
    import('pdfjs-dist/build/pdf.worker.min.mjs?url'),
  ]);
  pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
  return pdfjs.getDocument;
}
