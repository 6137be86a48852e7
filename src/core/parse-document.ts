/**
 * Stage 2: parse a converted file into documents — metadata, structure and repaired text.
 * Steps: prepare lines (tables found) → split documents → repair paragraphs → header → body
 * (appendix included) → frame. A decision issuing an attached plan becomes one document whose
 * content is the plan (parse-attachment.ts). Every paragraph ends up in a span saying what it
 * was read as, so nothing is silently dropped.
 */
import type { Block, DocMeta, ParsedDocument, Span } from './types.ts';
import { prepareText, type PreparedText } from './parse-lines.ts';
import { splitDocuments } from './parse-split.ts';
import { repairParagraphs, type Para } from './parse-repair.ts';
import { readHeader } from './parse-header.ts';
import { readBody } from './parse-body.ts';
import { findBodyEnd, readFrame } from './parse-frame.ts';
import { forwardedFacts } from './parse-meta.ts';
import { attachmentOf, mergeAttachment } from './parse-attachment.ts';
import { layoutSpans, wrapperParas } from './parse-spans.ts';
import { repairText } from './repair-glyphs.ts';
import { assessQuality } from './quality.ts';
import { readMeta } from './parse-doc-meta.ts';
import { controlNote } from './sanitize-text.ts';
import { withNotes } from './reasons.ts';
import { lowerVi } from './vi-case.ts';

/** Parses every document a file holds (seed 000 holds two). Never throws on odd text. */
export function parseDocuments(source: string, raw: string): ParsedDocument[] {
  // Repair what is certain (PDF glyphs, letter-spaced lines), and say what the text suffered.
  const nfc = raw.normalize('NFC');
  const repaired = repairText(nfc);
  const quality = assessQuality(nfc, { repaired });
  // Unrepaired, the text is `nfc` itself (`repairText` returns the same string): no need to normalize it again.
  const prepared = prepareText(repaired.text, repaired.text === nfc);
  const groups = splitDocuments(prepared.paras).map(repairParagraphs);
  const docs: ParsedDocument[] = [];
  for (let k = 0; k < groups.length; k++) {
    const group = groups[k]!;
    const next = groups[k + 1];
    const attached = next ? attachmentOf(group, next) : null;
    const paras = attached ? mergeAttachment(group, next!) : group;
    let doc = buildDocument(source, docs.length, paras, prepared, attached);
    if (attached) k++;
    const prev = docs.at(-1);
    if (prev) doc = withForwardedFacts(doc, prev);
    docs.push({ ...doc, quality });
  }
  return docs;
}

/** What an attached document changes: its kind, and where its own paragraphs start in `paras`. */
export interface Attached {
  readonly kind: string;
  readonly from: number;
}

function buildDocument(source: string, index: number, paras: Para[], prepared: PreparedText, attached: Attached | null): ParsedDocument {
  const { front, footnotes } = prepared;
  const header = readHeader(paras);
  // A decision's articles are the cover of what it issues (QĐ 3210 → its Kế hoạch).
  const cover = attached ? { from: header.bodyStart, to: attached.from } : null;
  const attachedHeader = attached ? readHeader(paras.slice(attached.from)) : null;
  const bodyStart = attached ? attached.from + attachedHeader!.bodyStart : header.bodyStart;
  const appendix = paras.findIndex((p, i) => i > bodyStart && /^(PHỤ LỤC|Phụ lục)(\s+[\dIVX]+)?(?![\p{L}\p{N}])/u.test(p.text) && (p.heading || /^PHỤ LỤC/u.test(p.text)) && p.text.length < 400);
  const bodyEnd = findBodyEnd(paras, bodyStart, appendix >= 0 ? appendix : paras.length);
  const wrappers = wrapperParas(paras, bodyStart);
  const body = readBody(paras, bodyStart, bodyEnd, -1, wrappers);
  const appendixBody = appendix >= 0 ? readBody(paras, appendix, findAppendixEnd(paras, appendix), appendix, wrappers) : null;
  const frame = readFrame(paras, bodyEnd, appendix >= 0 ? appendix : paras.length);
  if (cover) readFrame(paras, findBodyEnd(paras, cover.from, cover.to), cover.to).signers.forEach((s) => frame.signers.push(s));
  let text = '';
  const paraStart: number[] = [];
  for (const p of paras) { paraStart.push(text.length); text += `${p.text}\n\n`; }
  const bodyParas = [...body.blocks, ...(appendixBody?.blocks ?? [])];
  const blocks: Block[] = bodyParas.map((b) => {
    const start = paraStart[b.para]! + b.markerLength;
    const end = paraStart[b.para]! + paras[b.para]!.text.length;
    const row = b.row ? { table: b.row.table, index: b.row.index, cells: b.row.cells.map((c) => ({ role: c.role, header: c.header, text: paras[c.para]!.text, start: paraStart[c.para]!, end: paraStart[c.para]! + paras[c.para]!.text.length })) } : null;
    const base = { part: b.part, unit: b.unit, heading: b.heading, item: b.item, title: b.isHeading, text: text.slice(start, end), start, end };
    return row ? { ...base, row } : base;
  });
  const spans: Span[] = layoutSpans(paras, paraStart, {
    header: header.roles, attachedHeader: attached ? { offset: attached.from, roles: attachedHeader!.roles } : null,
    blocks: new Set(bodyParas.map((b) => b.para)), cells: new Set([...body.cells, ...(appendixBody?.cells ?? [])]),
    frame: frame.paras, wrappers, cover, frameFrom: bodyEnd,
  });
  const read = readMeta({ header, attachedHeader, attached, blocks, paras, wrappers, frame, text });
  // Direction and control characters removed from the raw text are said (sanitize-text.ts).
  const removed = prepared.removed;
  const meta: DocMeta = removed.bidi + removed.control > 0
    ? { ...read, notes: [controlNote(removed), ...read.notes], noteCodes: [{ code: 'control-chars-removed', values: { ...removed } }, ...read.noteCodes] } : read;
  return {
    id: slug(meta.number ?? `${source.replace(/\.[^.]+$/u, '')}${index ? `-${index + 1}` : ''}`),
    source, meta, text, blocks,
    frame: { recipients: header.recipients, copyTo: frame.copyTo, signature: frame.signature, footnotes: index === 0 || !footnotes.length ? footnotes : [] },
    front, spans,
  };
}

/** The appendix runs to the end, or to the frame of a form it holds (NQLT 102's "Mẫu số 01" signatures stay appendix text). */
function findAppendixEnd(paras: readonly Para[], from: number): number {
  return paras.length > from ? paras.length : from;
}

/** A document forwarded by the letter before it takes the letter's facts about it, with a note. */
function withForwardedFacts(doc: ParsedDocument, letter: ParsedDocument): ParsedDocument {
  if (letter.meta.role !== 'forwarding' || doc.meta.number) return doc;
  const facts = forwardedFacts(letter, doc.meta.kind);
  if (!facts) return doc;
  const meta: DocMeta = withNotes({
    ...doc.meta,
    number: facts.number,
    date: doc.meta.date ?? facts.date,
    issuer: doc.meta.issuer ?? facts.issuer,
  }, [{ code: 'number-from-letter', values: { letter: letter.meta.number ?? letter.id, date: Boolean(facts.date && !doc.meta.date) } }]);
  return { ...doc, id: slug(facts.number), meta };
}

/** URL-safe id from a document number: "1154-CV/TU" → "1154-cv-tu", "652-CV/ĐU" → "652-cv-đu". */
export function slug(s: string): string {
  return lowerVi(s.normalize('NFC')).replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/gu, '') || 'doc';
}
