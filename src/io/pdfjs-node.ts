/**
 * pdfjs for Node (CLI, tests): the legacy build, which pdfjs requires outside browsers and which
 * runs its worker in-process. CMaps and standard-font data are passed as file paths so PDFs
 * with non-embedded or CJK-encoded fonts still yield text.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { GetDocument } from './read-pdf.ts';

/** Loads pdfjs-dist's legacy build and returns its `getDocument`, for `readPdf`/`readFile`. */
export async function loadPdfjsNode(): Promise<GetDocument> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  return (params) => pdfjs.getDocument({
    ...params,
    cMapUrl: join(root, 'cmaps') + '/',
    cMapPacked: true,
    standardFontDataUrl: join(root, 'standard_fonts') + '/',
  });
}
