/**
 * How the workspace reads files and arranges itself: the `ImportReader` contract, and the reader
 * that does the work on the page. The app gives the store a reader backed by the import worker
 * (src/worker/import-client.ts), which falls back to this one; tests and the offline build use this
 * one directly. The readers and their code tables load on first use, not with the first screen.
 */
import type { CorpusInput } from '../slices/corpus-slice.ts';
import type { Catalog } from './workspace-types.ts';
import type { ReadOutcome } from './import-read.ts';

/** Reads files and arranges workspaces. */
export interface ImportReader {
  read(name: string, bytes: ArrayBuffer, paste?: boolean): Promise<ReadOutcome>;
  catalog(input: CorpusInput): Promise<Catalog>;
}

/** The reader that works on the page. */
export const pageReader: ImportReader = {
  read: async (name, bytes, paste = false) => {
    const [{ readImport }, { loadPdfjsBrowser }] = await Promise.all([import('./import-read.ts'), import('../../io/pdfjs-browser.ts')]);
    return readImport(name, new Uint8Array(bytes), { loadPdf: loadPdfjsBrowser }, paste);
  },
  catalog: async (input) => (await import('./import-read.ts')).catalogOf(input),
};
