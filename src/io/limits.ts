/**
 * Limits the readers enforce while reading, before the work they bound is done (issue 16: a 184 KB
 * .docx inflating to 60 MB ran 74 s and took 4.3 GB before the process died). Each has its own
 * `InputError` code and a message naming the file and the limit. The byte limits of whole files
 * are `MAX_TEXT_BYTES` (decode-bytes.ts) and `MAX_DOCUMENT_BYTES` (read-file.ts).
 */

/** Parts (zip entries) of a .docx: Word writes 10–30, a document full of images a few hundred. */
export const MAX_DOCX_PARTS = 2000;

/** All parts of a .docx inflated, images included: 100 MB (images barely compress: 50 MB of file is ~50 MB inflated). */
export const MAX_DOCX_INFLATED = 100 * 1024 * 1024;

/**
 * The XML parts of a .docx inflated (everything but images, fonts and embedded files): 20 MB. mammoth
 * holds the XML as a tree, about 35 bytes of memory per byte of XML (20 MB: 690 MB resident in the
 * CLI); the longest real document, KL 21, is about 1 MB of XML.
 */
export const MAX_DOCX_XML = 20 * 1024 * 1024;

/** Pages of a PDF: directives run 2–30 pages, a whole code of law a few hundred. */
export const MAX_PDF_PAGES = 1000;

/**
 * Characters of one document's text, whatever file it came from: 20 million, as many as the
 * largest text file accepted (20 MB). The longest real document is about 100,000.
 */
export const MAX_DOCUMENT_CHARS = 20_000_000;

/** "60.0 MB" */
export const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
