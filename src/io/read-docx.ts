/**
 * .docx → text with mammoth, loaded on first use (`import('mammoth')`) so the app only
 * downloads it when a Word file is opened. mammoth's package.json "browser" field swaps its
 * Node-only files (lib/unzip.js reading `fs`, lib/docx/files.js using `path`/`os`/`url`) for
 * browser ones; Vite honours that field for the app and its Web Worker, while Node (vitest,
 * the CLI) loads lib/. The two unzip variants read different options — Node `buffer`, browser
 * `arrayBuffer` — so we pass the same ArrayBuffer under both names (JSZip accepts either).
 */
import { InputError } from '../core/errors.ts';
import { checkDocx } from './check-docx.ts';
import { docxHtmlToText } from './docx-html.ts';

/** Copies the bytes into an ArrayBuffer of their own (a Uint8Array may view a larger buffer). */
function toArrayBuffer(bytes: Uint8Array | ArrayBuffer): ArrayBuffer {
  if (bytes instanceof ArrayBuffer) return bytes;
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  return copy.buffer;
}

/**
 * Text of a .docx: paragraphs separated by blank lines, bullet items as "- " lines, numbered
 * items as "1. " lines, headings and table cells as paragraphs (see `docxHtmlToText`).
 * Not NFC-normalized and not checked for legacy fonts: `readFile` does both.
 * Throws InputError CORRUPT_DOCX (not a zip, truncated, no Word document inside),
 * TOO_MANY_PARTS or INFLATES_TOO_LARGE (see `checkDocx`: measured before anything is inflated),
 * NO_TEXT_LAYER (only images: a scan pasted into Word) or WHITESPACE_ONLY (no text at all).
 */
export async function readDocx(bytes: Uint8Array | ArrayBuffer, source: string): Promise<string> {
  await checkDocx(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes), source);
  const { default: mammoth } = await import('mammoth');
  const arrayBuffer = toArrayBuffer(bytes);
  // `arrayBuffer` for mammoth's browser build, `buffer` for its Node build (it zips either).
  const input = { arrayBuffer, buffer: arrayBuffer };
  // Images become an empty <img>: their bytes are never inflated (the text is all we read; the
  // <img> still tells a scan pasted into Word from an empty document).
  const convertImage = mammoth.images.imgElement(() => Promise.resolve({ src: '' }));
  let html: string;
  try {
    html = (await mammoth.convertToHtml(input, { convertImage })).value;
  } catch (e) {
    const reason = e instanceof Error ? e.message.split('\n')[0] ?? e.message : String(e);
    throw new InputError('CORRUPT_DOCX', source, `${source} is not a readable Word (.docx) file: ${reason}`, reason);
  }
  const text = docxHtmlToText(html);
  if (text.trim() === '') {
    if (html.includes('<img')) {
      throw new InputError('NO_TEXT_LAYER', source, `${source} contains only images, no text; it needs OCR`);
    }
    throw new InputError('WHITESPACE_ONLY', source, `${source} contains no text`);
  }
  return text;
}
