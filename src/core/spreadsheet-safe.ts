/**
 * Text cells a spreadsheet will not run. Excel, LibreOffice and Google Sheets read a CSV cell that
 * starts with "=", "+", "-" or "@" as a formula (and tab or carriage return lead to one): a clause
 * split at a semicolon can start "+cmd|' /C calc'!A0", which a spreadsheet executes (issue 16).
 * OWASP's advice: prefix such a cell with a single quote, so it is shown as text.
 */

/** What a cell may not start with (OWASP, "CSV Injection"). */
const FORMULA_START = /^[=+\-@\t\r]/u;

/** `text` as a spreadsheet shows it, never runs it: "'" before a formula start, otherwise unchanged. */
export function spreadsheetText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
