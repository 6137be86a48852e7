/**
 * The import worker: reads files (text decoding, legacy fonts, .docx via mammoth, .pdf via pdf.js)
 * and arranges workspaces off the main thread, so a large file never freezes the page.
 */
import { loadPdfjsBrowser } from '../io/pdfjs-browser.ts';
import { catalogOf, readImport } from '../state/workspace/import-read.ts';
import type { ImportReply, ImportRequest } from './import-protocol.ts';
import { toFailure } from '../core/errors.ts';
import { workerScope } from './worker-scope.ts';

const scope = workerScope<ImportRequest, ImportReply>(self);

scope.onmessage = (e) => {
  const req = e.data;
  const fail = (err: unknown) => scope.postMessage({ type: 'error', id: req.id, failure: toFailure(err) });
  try {
    if (req.type === 'read') {
      readImport(req.name, new Uint8Array(req.bytes), { loadPdf: loadPdfjsBrowser }, req.paste)
        .then((outcome) => scope.postMessage({ type: 'read', id: req.id, outcome }), fail);
    } else {
      scope.postMessage({ type: 'catalog', id: req.id, catalog: catalogOf(req.input) });
    }
  } catch (err) {
    fail(err);
  }
};
