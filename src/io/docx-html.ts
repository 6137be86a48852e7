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
 * Converts mammoth HTML to text: paragraphs, headings and table cells become paragraphs
 * separated by a blank line; bullet items become "- " lines and numbered items "1. ", "2. "…
 * (counted per list, since mammoth drops Word's numbering format), consecutive items on
 * consecutive lines; <br> becomes a line break. Footnote back-links ("↑") are dropped.
 */
export function docxHtmlToText(html: string): string {
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
