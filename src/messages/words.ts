/**
 * Words for people: what the analysis records as codes and values (reasons, metadata notes, clause
 * ids) worded in Vietnamese or English, for the interface and the command line alike. A worded
 * text is a list of parts; a part holding document text (a quoted phrase, a number) is marked, so
 * the interface can tag it as the document's Vietnamese and the command line can print it as is.
 */

/** The languages of the interface and of `analyze --lang`. */
export type Lang = 'vi' | 'en';

export const LANGS: readonly Lang[] = ['vi', 'en'];

/** A run of worded text; `doc`: the document's own words, not the interface's. */
export interface Part {
  readonly text: string;
  readonly doc: boolean;
}

/** What a wording is built from: interface text, document text (`docText`), or lists of both. */
export type Piece = string | Part | readonly Piece[];

/** The document's own words, marked as such. */
export function docText(text: string): Part {
  return { text, doc: true };
}

/** The parts of a piece, in order, with neighbouring interface text joined. */
export function parts(piece: Piece): Part[] {
  const out: Part[] = [];
  const add = (p: Piece): void => {
    if (typeof p === 'string') {
      if (!p) return;
      const last = out.at(-1);
      if (last && !last.doc) out[out.length - 1] = { text: last.text + p, doc: false };
      else out.push({ text: p, doc: false });
    } else if ('text' in p) out.push(p);
    else for (const x of p) add(x);
  };
  add(piece);
  return out;
}

/** A piece as plain text (the command line). */
export function plain(piece: Piece): string {
  return parts(piece).map((p) => p.text).join('');
}

/** `items` joined with `sep`. */
export function join(items: readonly Piece[], sep: string): Piece[] {
  return items.flatMap((x, i) => (i ? [sep, x] : [x]));
}

/** Document text in curly quotes: “Ban Bí thư”. */
export function quoted(text: string): Piece {
  return ['“', docText(text), '”'];
}

/** `template` with its `{name}` placeholders filled from `vars` (a placeholder without a value stays). */
export function fillText(template: string, vars?: Readonly<Record<string, string | number>>): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/gu, (m, k: string) => (k in vars ? String(vars[k]) : m));
}

/**
 * `template` with its `{name}` placeholders filled from `vars` as parts: a value that is a piece
 * keeps its document text marked (a placeholder without a value stays as it is).
 */
export function fillParts(template: string, vars: Readonly<Record<string, number | Piece>>): Part[] {
  return parts(template.split(/(\{\w+\})/u).map((chunk): Piece => {
    const m = /^\{(\w+)\}$/u.exec(chunk);
    const v = m ? vars[m[1]!] : undefined;
    if (v === undefined) return chunk;
    return typeof v === 'number' ? String(v) : v;
  }));
}
