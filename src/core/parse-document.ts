/**
 * Stage 2: parse a converted file into documents — metadata, structure and repaired text.
 * Steps: prepare lines → split documents → repair paragraphs → header → body → frame.
 */
import type { Block, DocMeta, ParsedDocument, Role } from './types.ts';
import { prepareText } from './parse-lines.ts';
import { splitDocuments } from './parse-split.ts';
import { repairParagraphs, type Para } from './parse-repair.ts';
import { readHeader } from './parse-header.ts';
import { readBody } from './parse-body.ts';
import { findBodyEnd, readFrame } from './parse-frame.ts';
import { inferIssuer, readImplements, readSelfKind, forwardedFacts } from './parse-meta.ts';
import type { Note } from './reasons.ts';

/** Parses every document a file holds (seed 000 holds two). Never throws on odd text. */
export function parseDocuments(source: string, raw: string): ParsedDocument[] {
  const prepared = prepareText(raw);
  const groups = splitDocuments(prepared.paras);
  const docs: ParsedDocument[] = [];
  for (const [k, group] of groups.entries()) {
    let doc = buildDocument(source, k, repairParagraphs(group), prepared.front, prepared.footnotes);
    const prev = docs[k - 1];
    if (prev) doc = withForwardedFacts(doc, prev);
    docs.push(doc);
  }
  return docs;
}

function buildDocument(source: string, index: number, paras: Para[], front: Record<string, string>, footnotes: string[]): ParsedDocument {
  const header = readHeader(paras);
  const bodyEnd = findBodyEnd(paras, header.bodyStart);
  const body = readBody(paras, header.bodyStart, bodyEnd);
  const frame = readFrame(paras, bodyEnd);
  let text = '';
  const paraStart: number[] = [];
  for (const p of paras) { paraStart.push(text.length); text += `${p.text}\n\n`; }
  const blocks: Block[] = body.map((b) => {
    const start = paraStart[b.para]! + b.markerLength;
    const end = paraStart[b.para]! + paras[b.para]!.text.length;
    return { part: b.part, unit: b.unit, heading: b.heading, item: b.item, title: b.isHeading, text: text.slice(start, end), start, end };
  });
  const bodyText = blocks.map((b) => b.text).join('\n');
  const leadIn = blocks.filter((b) => b.part === 'lead-in').map((b) => b.text).join(' ');
  const notes: string[] = [];
  const noteCodes: Note[] = [];
  const implementsNo = readImplements(header.title, leadIn, header.number);
  const hasTasks = blocks.some((b) => b.part === 'task' && /^\d|^[IVX]/u.test(b.unit));
  const role: Role | null = implementsNo ? (hasTasks ? 'implementation' : 'forwarding') : null;
  let issuer = header.issuer;
  if (!issuer) {
    issuer = inferIssuer(leadIn || bodyText, header.place);
    if (issuer) {
      notes.push(`issuer: not printed in the header; read from "${issuer.split(' ').slice(0, 2).join(' ')}" in the lead-in${header.place ? ' and the place line' : ''}`);
      noteCodes.push({ code: 'issuer-from-lead-in', values: { words: issuer.split(' ').slice(0, 2).join(' '), place: Boolean(header.place) } });
    }
  }
  let kind = header.kind;
  if (!kind) {
    kind = readSelfKind(bodyText);
    if (kind) {
      notes.push(`kind: read from the self-reference "${kind} này"`);
      noteCodes.push({ code: 'kind-from-self-reference', values: { kind } });
    }
  }
  const meta: DocMeta = {
    kind, number: header.number, issuer, place: header.place, date: header.date,
    signer: frame.signer, signerTitle: frame.signerTitle, implements: implementsNo, role, title: header.title, notes, noteCodes,
  };
  return {
    id: slug(meta.number ?? `${source.replace(/\.[^.]+$/u, '')}${index ? `-${index + 1}` : ''}`),
    source, meta, text, blocks,
    frame: { recipients: header.recipients, copyTo: frame.copyTo, signature: frame.signature, footnotes: index === 0 || !footnotes.length ? footnotes : [] },
    front,
  };
}

/** A document forwarded by the letter before it takes the letter's facts about it, with a note. */
function withForwardedFacts(doc: ParsedDocument, letter: ParsedDocument): ParsedDocument {
  if (letter.meta.role !== 'forwarding' || doc.meta.number) return doc;
  const facts = forwardedFacts(letter, doc.meta.kind);
  if (!facts) return doc;
  const meta: DocMeta = {
    ...doc.meta,
    number: facts.number,
    date: doc.meta.date ?? facts.date,
    issuer: doc.meta.issuer ?? facts.issuer,
    notes: [...doc.meta.notes, `number${facts.date && !doc.meta.date ? ' and date' : ''}: not printed in this copy; read from the forwarding letter ${letter.meta.number ?? letter.id}`],
    noteCodes: [...doc.meta.noteCodes, { code: 'number-from-letter', values: { letter: letter.meta.number ?? letter.id, date: Boolean(facts.date && !doc.meta.date) } }],
  };
  return { ...doc, id: slug(facts.number), meta };
}

/** URL-safe id from a document number: "1154-CV/TU" → "1154-cv-tu", "652-CV/ĐU" → "652-cv-đu". */
export function slug(s: string): string {
  return s.normalize('NFC').toLocaleLowerCase('vi').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/gu, '') || 'doc';
}
