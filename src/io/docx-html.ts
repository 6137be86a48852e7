/**
 * mammoth's HTML → our plain-text layout. mammoth emits a small, fixed vocabulary (p, h1–h6,
 * ul/ol/li, table/tr/td, strong/em/u/s/sup/sub, a, br, img) with no whitespace between tags,
 * so a tokenizer is enough — and it runs in a Web Worker, which has no DOMParser.
 */

/** One output block: a paragraph, or one list item line. */
interface Block {
  readonly text: string;
  readonly list: boolean;
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return ENTITIES[name.toLowerCase()] ?? m;
  });
}

const BLOCK_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'td', 'th', 'tr', 'table', 'ul', 'ol', 'blockquote']);

/**
 * Converts mammoth HTML to text: paragraphs and headings become paragraphs separated by a blank
 * line; bullet items become "- " lines and numbered items "1. ", "2. "… (counted per list, since
 * mammoth drops Word's numbering format), consecutive items on consecutive lines; <br> becomes a
 * line break. Footnote back-links ("↑") are dropped. A task table (three rows or more, or a first
 * row of column heads such as "TT" / "Nội dung") becomes markdown rows, one line per row, a cell's
 * paragraphs joined by "<br>", which the parser reads as a table whose rows are content (CV 174's
 * appendix); a header table (letterhead | motto, number | date) stays one paragraph per cell.
 */
export function docxHtmlToText(html: string): string {
  const out: string[] = [];
  let rest = html;
  for (let at = rest.indexOf('<table'); at >= 0; at = rest.indexOf('<table')) {
    const end = tableEnd(rest, at);
    out.push(blocksToText(rest.slice(0, at)));
    const table = rest.slice(at, end);
    out.push(isTaskTable(table) ? markdownRows(table) : blocksToText(table));
    rest = rest.slice(end);
  }
  out.push(blocksToText(rest));
  return out.filter((x) => x !== '').join('\n\n');
}

/** End of the table opening at `at`, nested tables included. */
function tableEnd(html: string, at: number): number {
  let depth = 0;
  for (const m of html.slice(at).matchAll(/<(\/?)table\b[^>]*>/gi)) {
    depth += m[1] === '/' ? -1 : 1;
    if (depth === 0) return at + m.index + m[0].length;
  }
  return html.length;
}

/** Cells of each row, as text (a cell's paragraphs joined by "<br>"). */
function rowsOf(table: string): string[][] {
  return [...table.matchAll(/<tr\b[^>]*>([\s\S]*?)<\/tr>/gi)].map((r) => [...r[1]!.matchAll(/<t[dh]\b[^>]*>([\s\S]*?)<\/t[dh]>/gi)]
    .map((c) => blocksToText(c[1]!).split(/\n+/u).map((l) => l.trim()).filter(Boolean).join('<br>').replace(/\|/gu, '\\|')));
}

const HEAD = /^(s?tt|số tt|nội dung|nhiệm vụ|tên nhiệm vụ|cơ quan chủ trì|đơn vị chủ trì)$/iu;

function isTaskTable(table: string): boolean {
  const rows = rowsOf(table);
  return rows.length >= 3 || (rows[0] ?? []).some((c) => HEAD.test(c.replace(/<br>/gu, ' ').trim()));
}

function markdownRows(table: string): string {
  return rowsOf(table).map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

function blocksToText(html: string): string {
  const blocks: Block[] = [];
  const lists: Array<{ ordered: boolean; count: number }> = [];
  let current = '';
  let prefix: string | null = null; // list marker of the open <li>, if any
  let skipDepth = 0; // inside <a href="#footnote-ref-…">: the "↑" back-link

  const flush = (): void => {
    const text = current.replace(/[ \t]+\n/g, '\n').trim();
    if (text !== '') blocks.push({ text: prefix === null ? text : prefix + text, list: prefix !== null });
    current = '';
  };

  for (const m of html.matchAll(/<(\/?)([a-zA-Z0-9]+)([^>]*)>|([^<]+)/g)) {
    const [, closing, rawTag, attrs, text] = m;
    if (text !== undefined) {
      if (skipDepth === 0) current += decodeEntities(text);
      continue;
    }
    const tag = (rawTag ?? '').toLowerCase();
    if (tag === 'a') {
      if (closing === '' && /href="#(?:footnote|endnote|comment)-ref-/.test(attrs ?? '')) skipDepth++;
      else if (closing !== '' && skipDepth > 0) skipDepth--;
      continue;
    }
    if (tag === 'br') { current += '\n'; continue; }
    if (!BLOCK_TAGS.has(tag)) continue;
    flush();
    if (tag === 'ul' || tag === 'ol') {
      if (closing === '') lists.push({ ordered: tag === 'ol', count: 0 });
      else lists.pop();
      prefix = null;
    } else if (tag === 'li') {
      const list = lists[lists.length - 1];
      if (closing !== '' || list === undefined) prefix = null;
      else prefix = list.ordered ? `${++list.count}. ` : '- ';
    }
  }
  flush();
  return blocks.map((b, i) => (i === 0 ? '' : b.list && blocks[i - 1]?.list ? '\n' : '\n\n') + b.text).join('');
}
