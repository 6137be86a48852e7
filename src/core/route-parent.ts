/**
 * Which analysed document a document implements, when it implements another local document
 * rather than a central text (issue 13): the Lương Minh commune plan carries out the Quảng Ninh
 * province guide, which carries out NQLT 102. Pure data in, links out; `chainOrder` puts parents
 * before their children and refuses a circle.
 */
import type { CitedText, ParsedDocument } from './types.ts';
import { InputError } from './errors.ts';
import { sameNumber, kindOfNumber, kindKey } from './parse-meta.ts';
import { featureWords } from './align-features.ts';
import { foldText, tokenize } from './normalize.ts';

/** How a parent was found: by its number, or — its number left blank, as drafts print it — by kind, issuer and title. */
export interface ParentLink {
  /** Id of the parent document. */
  readonly parent: string;
  readonly by: 'number' | 'title';
  /** The citation that names the parent, as the child prints it ("01/HD-MTTQ-BTT"). */
  readonly cited: string | null;
}

/**
 * A cited title names a document when they share a run of this many words (or the whole title
 * when shorter, at least `MIN_TITLE` words): the Lương Minh plan restates the Quảng Ninh guide's
 * "quy trình hiệp thương, giới thiệu người ứng cử đại biểu Quốc hội khóa XVI, …" (20 words in a row).
 */
const TITLE_RUN = 8;
const MIN_TITLE = 5;

/**
 * What `findParents` reads of a document: a `ParsedDocument`, or the little the command line keeps
 * of each document of a streamed run (cli/chain-links.ts) to find its chains at the end.
 */
export interface LinkDocument {
  readonly id: string;
  readonly meta: Pick<ParsedDocument['meta'], 'number' | 'kind' | 'issuer' | 'title' | 'cites'>;
}

/** A citation the document acts on: "Thực hiện …" or "Căn cứ …" in its title or lead-in; a body mention never makes a parent. */
export const acted = (c: CitedText) => c.where !== 'body' && c.action !== 'mentions';

/**
 * The local parent of every document that has one among `documents`: a citation in its title or
 * lead-in (implements or basis) whose number is another document's number, or — when that
 * document's number is blank — whose kind, issuer and title are that document's. The first such
 * citation wins, an "implements" before a "basis" and the title before the lead-in. A document is
 * never its own parent.
 */
export function findParents(documents: readonly LinkDocument[]): Map<string, ParentLink> {
  // Candidates by the serial of their number, and the blank-numbered by kind: a batch of
  // thousands never compares every citation with every document.
  const bySerial = new Map<string, LinkDocument[]>();
  const blank = new Map<string, LinkDocument[]>();
  const push = (m: Map<string, LinkDocument[]>, k: string, d: LinkDocument) => { const l = m.get(k); if (l) l.push(d); else m.set(k, [d]); };
  for (const d of documents) {
    if (d.meta.number) push(bySerial, serial(d.meta.number), d);
    else if (d.meta.kind && d.meta.title) push(blank, kindKey(d.meta.kind), d);
  }
  const out = new Map<string, ParentLink>();
  for (const doc of documents) {
    const cites = (doc.meta.cites ?? []).filter(acted).sort((a, b) => rank(a) - rank(b));
    for (const c of cites) {
      const kind = c.kind ?? (c.number ? kindOfNumber(c.number) : null);
      const pool = [...(c.number ? bySerial.get(serial(c.number)) ?? [] : []), ...(kind ? blank.get(kindKey(kind)) ?? [] : [])];
      const hit = pool.find((p) => p !== doc && names(c, p));
      if (hit) {
        out.set(doc.id, { parent: hit.id, by: hit.meta.number ? 'number' : 'title', cited: c.number });
        break;
      }
    }
  }
  return out;
}

const serial = (n: string) => /^\s*(\d+)/u.exec(n)?.[1]?.replace(/^0+(?=\d)/u, '') ?? n;

const rank = (c: CitedText) => (c.action === 'implements' ? 0 : 2) + (c.where === 'title' ? 0 : 1);

/** Whether citation `c` names document `p`. */
function names(c: CitedText, p: LinkDocument): boolean {
  if (p.meta.number) return c.number !== null && sameNumber(c.number, p.meta.number);
  const kind = c.kind ?? (c.number ? kindOfNumber(c.number) : null);
  return Boolean(kind && p.meta.kind && kindKey(kind) === kindKey(p.meta.kind)
    && c.issuer && p.meta.issuer && issuerKey(c.issuer) === issuerKey(p.meta.issuer)
    && c.title && p.meta.title && titleRun(c.title, p.meta.title));
}

/**
 * Issuers compared as officials write them: "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Quảng
 * Ninh" (the commune plan's citation) = "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh
 * Quảng Ninh" (the guide's letterhead).
 */
function issuerKey(issuer: string): string {
  const words = featureWords(tokenize(issuer.normalize('NFC')).filter((t) => t.word).map((t) => t.norm));
  return words.join(' ').replace(/(?<=mttq) việt nam(?= |$)/gu, '');
}

/** Whether `cited` restates `title`: a shared run of words long enough (see TITLE_RUN). */
function titleRun(cited: string, title: string): boolean {
  const want = foldText(title).split(' ').filter(Boolean);
  const have = foldText(cited).split(' ').filter(Boolean);
  if (want.length < MIN_TITLE) return false;
  const need = Math.min(TITLE_RUN, want.length);
  for (let i = 0; i < have.length; i++) {
    for (let w = 0; w < want.length; w++) {
      let n = 0;
      while (i + n < have.length && w + n < want.length && have[i + n] === want[w + n]) n++;
      if (n >= need) return true;
    }
  }
  return false;
}

/**
 * The documents with every parent before its children (otherwise in input order). Documents that
 * implement each other in a circle are refused: an `InputError` CHAIN_CYCLE naming them, for a
 * chain must end at a central text.
 */
export function chainOrder(documents: readonly ParsedDocument[], parents: ReadonlyMap<string, ParentLink>): ParsedDocument[] {
  const byId = new Map(documents.map((d) => [d.id, d]));
  const state = new Map<string, 'open' | 'done'>();
  const out: ParsedDocument[] = [];
  const visit = (doc: ParsedDocument, path: ParsedDocument[]) => {
    if (state.get(doc.id) === 'done') return;
    if (state.get(doc.id) === 'open') throw cycleError([...path.slice(path.indexOf(doc)), doc]);
    state.set(doc.id, 'open');
    const p = parents.get(doc.id);
    const parent = p ? byId.get(p.parent) : undefined;
    if (parent) visit(parent, [...path, doc]);
    state.set(doc.id, 'done');
    out.push(doc);
  };
  for (const d of documents) visit(d, []);
  return out;
}

/** "A (a.txt) implements B (b.txt) implements A (a.txt)". `cycle` ends where it starts. */
function cycleError(cycle: readonly ParsedDocument[]): InputError {
  // `visit` walks from child to parent: each document implements the next.
  const names = cycle.map((d) => `${d.meta.number ?? d.id} (${d.source})`);
  const message = `documents implement each other in a circle: ${names.join(' implements ')}; a chain of documents must end at a central text`;
  return new InputError('CHAIN_CYCLE', cycle[0]!.source, message, cycle.slice(0, -1).map((d) => d.id).join(' '));
}
