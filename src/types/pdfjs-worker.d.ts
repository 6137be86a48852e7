// pdf.js's worker module, imported as code (not as a URL) by the offline build's on-page reader.
declare module 'pdfjs-dist/build/pdf.worker.min.mjs' {
  export const WorkerMessageHandler: unknown;
}
