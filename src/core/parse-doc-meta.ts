/**
 * A document's metadata from its parts: the header first; what the header does not print is
 * derived from the text — an appendix note ("Kèm theo Công văn số 174/CV-BCĐ ngày 02 tháng 12
 * năm 2025"), the article quoting a directive, the lead-in's speaker, a self-reference — each
 * with a note, so nothing is derived silently.
 */
import type { Block, DocMeta, Role } from './types.ts';
import { noteLine, type Note } from './reasons.ts';
import type { Header } from './parse-header.ts';
import type { Para } from './parse-repair.ts';
import type { Frame } from './parse-frame.ts';
import type { Attached } from './parse-document.ts';
import { factsFromAppendixNote, firstImplemented, inferIssuer, numberFromArticle, readCites, readSelfKind } from './parse-meta.ts';

export interface MetaInput {
  readonly header: Header;
  readonly attachedHeader: Header | null;
  readonly attached: Attached | null;
  readonly blocks: readonly Block[];
  readonly paras: readonly Para[];
  readonly wrappers: ReadonlySet<number>;
  readonly frame: Frame;
  readonly text: string;
}

/** Notes in one order whatever the order they were found in: the issuer's first, as they always were. */
const NOTE_ORDER: readonly Note['code'][] = ['issuer-from-lead-in', 'kind-from-self-reference', 'number-from-appendix', 'number-from-article', 'blank-field'];
const ordered = (notes: readonly Note[]) => [...notes].sort((a, b) => NOTE_ORDER.indexOf(a.code) - NOTE_ORDER.indexOf(b.code));

/** Metadata of one document. */
export function readMeta(m: MetaInput): DocMeta {
  const { header, blocks } = m;
  const notes: Note[] = [];
  const leadIn = blocks.filter((b) => b.part === 'lead-in').map((b) => b.text).join('\n');
  // Asked only when the header lacks a field (a copy of the whole body, and a search of every
  // paragraph, made for every document while most headers print every field).
  const bodyText = () => blocks.map((b) => b.text).join('\n');
  const appendixText = () => blocks.filter((b) => b.part === 'appendix').slice(0, 3).map((b) => b.text).join('\n')
    || m.paras.filter((p) => /\(\s*(?:Ban hành )?[Kk]èm theo/u.test(p.text)).map((p) => p.text).join('\n');
  let kind = header.kind;
  if (!kind) {
    kind = readSelfKind(bodyText());
    if (kind) notes.push({ code: 'kind-from-self-reference', values: { kind } });
  }
  let { number, date, issuer } = header;
  const note = number ? null : factsFromAppendixNote(appendixText());
  if (note) {
    number = note.number;
    kind ??= note.kind;
    const dated = !date && note.date !== null, issued = !issuer && note.issuer !== null;
    if (dated) date = note.date;
    if (issued) issuer = note.issuer;
    notes.push({ code: 'number-from-appendix', values: { number: note.number, date: dated, issuer: issued ? note.issuer : null } });
  }
  if (!number && kind && !header.numberBlank) {
    const wrapperText = [...m.wrappers].map((i) => m.paras[i]!.text).join('\n');
    const quoted = numberFromArticle(kind, wrapperText, leadIn || bodyText().slice(0, 2000));
    if (quoted) { number = quoted; notes.push({ code: 'number-from-article', values: { number: quoted } }); }
  }
  if (!issuer) {
    issuer = inferIssuer(leadIn || bodyText().slice(0, 3000), header.place);
    if (issuer) notes.push({ code: 'issuer-from-lead-in', values: { words: issuer.split(' ').slice(0, 2).join(' '), place: Boolean(header.place) } });
  }
  if (header.numberBlank) notes.push({ code: 'blank-field', values: { field: 'number' } });
  if (header.dateBlank) notes.push({ code: 'blank-field', values: { field: 'date' } });
  const title = header.title;
  const cites = readCites([
    { text: [title ?? '', m.attachedHeader?.title ?? ''].join('\n'), where: 'title' },
    { text: leadIn, where: 'lead-in' },
    { text: blocks.filter((b) => b.part !== 'lead-in').map((b) => b.text).join('\n'), where: 'body' },
  ], number);
  const implementsNo = firstImplemented(cites);
  const hasTasks = blocks.some((b) => (b.part === 'task' || b.part === 'implementation' || b.part === 'appendix') && !/^p\d+$/u.test(b.unit));
  const role: Role | null = implementsNo ? (hasTasks ? 'implementation' : 'forwarding') : null;
  const first = m.frame.signers[0] ?? null;
  return {
    kind, number, issuer, place: header.place, date,
    signer: first?.name ?? null, signerTitle: first?.title ?? null, implements: implementsNo, role, title,
    notes: ordered(notes).map(noteLine), noteCodes: ordered(notes),
    signers: m.frame.signers, cites, attachment: m.attached?.kind ?? null,
  };
}
