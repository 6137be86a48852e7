/**
 * A document's metadata from its parts: the header first; what the header does not print is
 * derived from the text — an appendix note ("Kèm theo Công văn số 174/CV-BCĐ ngày 02 tháng 12
 * năm 2025"), the article quoting a directive, the lead-in's speaker, a self-reference — each
 * with a note, so nothing is derived silently.
 */
import type { Block, DocMeta, Role } from './types.ts';
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

/** Metadata of one document. */
export function readMeta(m: MetaInput): DocMeta {
  const { header, blocks } = m;
  const notes: string[] = [];
  const leadIn = blocks.filter((b) => b.part === 'lead-in').map((b) => b.text).join('\n');
  const bodyText = blocks.map((b) => b.text).join('\n');
  const appendixText = blocks.filter((b) => b.part === 'appendix').slice(0, 3).map((b) => b.text).join('\n')
    || m.paras.filter((p) => /\(\s*(?:Ban hành )?[Kk]èm theo/u.test(p.text)).map((p) => p.text).join('\n');
  let kind = header.kind;
  if (!kind) {
    kind = readSelfKind(bodyText);
    if (kind) notes.push(`kind: read from the self-reference "${kind} này"`);
  }
  let { number, date, issuer } = header;
  const note = number ? null : factsFromAppendixNote(appendixText);
  if (note) {
    number = note.number;
    kind ??= note.kind;
    notes.push(`number: not printed in the header; read from the appendix note (${note.number})`);
    if (!date && note.date) { date = note.date; notes.push('date: read from the appendix note'); }
    if (!issuer && note.issuer) { issuer = note.issuer; notes.push(`issuer: read from the appendix note ("${note.issuer}")`); }
  }
  if (!number && kind && !header.numberBlank) {
    const wrapperText = [...m.wrappers].map((i) => m.paras[i]!.text).join('\n');
    const quoted = numberFromArticle(kind, wrapperText, leadIn || bodyText.slice(0, 2000));
    if (quoted) { number = quoted; notes.push(`number: the text is quoted in an article; read from the article's reference to ${quoted}`); }
  }
  if (!issuer) {
    issuer = inferIssuer(leadIn || bodyText.slice(0, 3000), header.place);
    if (issuer) notes.push(`issuer: not printed in the header; read from "${issuer.split(' ').slice(0, 2).join(' ')}" in the lead-in${header.place ? ' and the place line' : ''}`);
  }
  if (header.numberBlank) notes.push('number: left blank in the header (a draft)');
  if (header.dateBlank) notes.push('date: left blank in the header (a draft)');
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
    signer: first?.name ?? null, signerTitle: first?.title ?? null, implements: implementsNo, role, title, notes,
    signers: m.frame.signers, cites, attachment: m.attached?.kind ?? null,
  };
}
