/**
 * Document text as it goes into `--format md`: shown, never run. A clause quoting "<script>…" or
 * holding "[link](javascript:…)" went into the Markdown as is, and a Markdown viewer that renders
 * HTML ran it (issue 16).
 */

/**
 * A link destination with a scheme that runs code: "](javascript:alert(1))" (any case, spaces after
 * "(", parentheses one deep inside). No `u` flag and no alternation in a loop: a clause can be
 * millions of characters long.
 */
const SCRIPT_LINK = /\]\(\s*(?:javascript|vbscript|data):[^()]*(?:\([^()]*\)[^()]*)*\)?/gi;

/**
 * `text` for a Markdown line: "&", "<", ">" as entities (no HTML), links to javascript:, vbscript:
 * and data: URLs dropped (the "[label]" stays as text), line breaks as spaces (one list item stays one).
 */
export function markdownText(text: string): string {
  return text
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
    .replace(SCRIPT_LINK, ']')
    .replace(/[\r\n\u2028\u2029]+/g, ' ');
}
