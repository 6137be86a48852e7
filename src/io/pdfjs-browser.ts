/**
 * pdfjs for the browser (Vite): the modern build, with its worker served as a separate asset
 * (`?url`), both loaded on first use so the app only downloads pdfjs when a PDF is opened.
 */
import type { GetDocument } from './read-pdf.ts';

/**
 * Loads pdfjs-dist, connects it to its worker and returns `getDocument`, for `readPdf`/`readFile`.
 * Works on a page and inside a Web Worker. In a Web Worker pdfjs cannot start its own worker
 * (it reads `window.location`), falls back to importing pdf.worker into the calling worker, and
 * pdf.worker then answers on that worker's `self.onmessage` — our app's messages would receive
 * pdfjs's "ready". So there we start pdf.worker ourselves and hand pdfjs the port.
 */
export async function loadPdfjsBrowser(): Promise<GetDocument> {
  if (import.meta.env.MODE === 'offline') {
    // The offline single-file build runs from file://, where Chrome starts no module worker: pdf.js
    // runs its worker code on the page (its "fake worker", found on `globalThis.pdfjsWorker`), with
    // nothing fetched and nothing evaluated, so the Content-Security-Policy holds.
    const [pdfjs, pdfWorker] = await Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.min.mjs')]);
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker ??= pdfWorker;
    return pdfjs.getDocument;
  }
  const [pdfjs, worker] = await Promise.all([
    import('pdfjs-dist'),
    import('pdfjs-dist/build/pdf.worker.min.mjs?url'),
  ]);
  const options = pdfjs.GlobalWorkerOptions;
  // In a worker there is no window (this file is also compiled with the WebWorker library).
  if (!('window' in globalThis) && typeof Worker !== 'undefined') {
    options.workerPort ??= new Worker(worker.default, { type: 'module' });
  } else {
    options.workerSrc = worker.default;
  }
  return pdfjs.getDocument;
}
