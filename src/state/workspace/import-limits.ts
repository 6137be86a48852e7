/**
 * Size limits checked before a file is read (the same as src/io's MAX_TEXT_BYTES and
 * MAX_DOCUMENT_BYTES; a test keeps them equal). Kept apart so the first screen's JavaScript does
 * not carry the readers and their code tables just to compare two numbers.
 */

/** Text files (.txt, .md, anything not .docx/.pdf): 20 MB. */
export const TEXT_LIMIT = 20 * 1024 * 1024;
/** .docx and .pdf: 50 MB. */
export const DOCUMENT_LIMIT = 50 * 1024 * 1024;
