/**
 * Arranging the documents of a workspace: the user's metadata corrections applied, the central
 * document chosen (any document, the built-in 54-KL/TW by default), its parents set apart, and the
 * documents that cite it proposed as its local implementations (the user may include or leave out
 * any of them). Pure; the analysis worker and the documents page run the same code, so the page
 * lists exactly what the analysis compared.
 */
import type { Block, DocMeta, ParsedDocument, Role } from '../../core/types.ts';
import type { Note } from '../../core/reasons.ts';
import type { CorpusManifest } from '../../core/corpus.ts';
import { InputError } from '../../core/errors.ts';
import { documentNumbers } from '../../core/parse-meta.ts';
import { slug } from '../../core/parse-document.ts';
import { EDITABLE_FIELDS, type Catalog, type CatalogEntry, type CatalogRole, type EditableField, type MetaPatch, type WorkspaceSettings } from './workspace-types.ts';

/** The documents of one analysis run. */
export interface Arrangement {
  readonly central: ParsedDocument;
  /** Documents the central text descends from (KL 21 for KL 54): provenance, not comparison. */
  readonly parents: readonly ParsedDocument[];
  /** Documents compared with the central text, in file order. */
  readonly locals: readonly ParsedDocument[];
  readonly catalog: Catalog;
}

/** Keys `source#n` of parsed documents, in order (n counts documents from the same file). */
export function documentKeys(docs: readonly ParsedDocument[]): string[] {
  const seen = new Map<string, number>();
  return docs.map((d) => {
    const n = seen.get(d.source) ?? 0;
    seen.set(d.source, n + 1);
    return `${d.source}#${n}`;
  });
}

/** A number as the parser writes it ("1154 - CV/TU" → "1154-CV/TU"); other text trimmed; empty → null. */
export function normalizeNumber(value: string | null): string | null {
  const v = (value ?? '').normalize('NFC').trim();
  if (!v) return null;
  return documentNumbers(v)[0] ?? v;
}

function cleanField(field: EditableField, value: string | null | undefined): string | null {
  if (field === 'number' || field === 'implements') return normalizeNumber(value ?? null);
  const v = (value ?? '').normalize('NFC').trim();
  if (field === 'date') return /^\d{4}-\d{2}-\d{2}$/u.test(v) ? v : null;
  return v || null;
}

/** A block under a numbered task ("1", "2.3", "II.1"), not an unnumbered paragraph ("p2"). */
export function isNumberedTask(b: Block): boolean {
  return b.part === 'task' && /^\d|^[IVX]/u.test(b.unit);
}

function hasNumberedTasks(doc: ParsedDocument): boolean {
  return doc.blocks.some(isNumberedTask);
}

/** Fields of `patch` that change the detected metadata. */
export function changedFields(meta: DocMeta, patch: MetaPatch | undefined): EditableField[] {
  if (!patch) return [];
  return EDITABLE_FIELDS.filter((f) => f in patch && cleanField(f, patch[f]) !== meta[f]);
}

/** The document with the user's corrections; the role follows a corrected "implements"; a note names each correction. */
export function applyPatch(doc: ParsedDocument, patch: MetaPatch | undefined): ParsedDocument {
  const fields = changedFields(doc.meta, patch);
  if (!fields.length || !patch) return doc;
  const next: Record<EditableField, string | null> = { kind: doc.meta.kind, number: doc.meta.number, issuer: doc.meta.issuer, date: doc.meta.date, signer: doc.meta.signer, implements: doc.meta.implements };
  for (const f of fields) next[f] = cleanField(f, patch[f]);
  const role: Role | null = next.implements ? (hasNumberedTasks(doc) ? 'implementation' : 'forwarding') : null;
  const notes = [...doc.meta.notes, ...fields.map((f) => `${f}: corrected by the user (detected: ${doc.meta[f] ?? 'none'})`)];
  const noteCodes = [...doc.meta.noteCodes, ...fields.map((f): Note => ({ code: 'corrected', values: { field: f, detected: doc.meta[f] ?? null } }))];
  const meta: DocMeta = { ...doc.meta, ...next, role: fields.includes('implements') ? role : doc.meta.role, notes, noteCodes };
  return { ...doc, meta, id: fields.includes('number') && next.number ? slug(next.number) : doc.id };
}

function uniqueIds(docs: readonly ParsedDocument[]): ParsedDocument[] {
  const seen = new Set<string>();
  return docs.map((d) => {
    let id = d.id;
    for (let n = 2; seen.has(id); n++) id = `${d.id}-${n}`;
    seen.add(id);
    return id === d.id ? d : { ...d, id };
  });
}

const bodyOf = (d: ParsedDocument) => d.blocks.map((b) => b.text).join(' ').normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/gu, ' ').trim();

function matches(d: ParsedDocument, key: string): boolean {
  const k = key.normalize('NFC').toLocaleUpperCase('vi').replace(/\s+/gu, '');
  return (d.meta.number ?? '').toLocaleUpperCase('vi') === k || d.id === key || d.source === key;
}

/**
 * Arranges parsed documents (`parseSources` output) by the settings. The default central text is
 * `manifest.central` as detected (a correction to its number does not lose it); a `settings.central`
 * key that no longer exists falls back to it. Throws NO_CENTRAL only when neither exists.
 */
export function arrangeWorkspace(parsed: readonly ParsedDocument[], manifest: CorpusManifest, settings: WorkspaceSettings): Arrangement {
  const keys = documentKeys(parsed);
  const defaultIndex = parsed.findIndex((d) => matches(d, manifest.central));
  const docs = uniqueIds(parsed.map((d, i) => applyPatch(d, settings.edits[keys[i]!])));
  // The manifest's parents (KL 21, and documents the user marked), by detected or corrected number, id or file.
  const parentIndexes = new Set(parsed.flatMap((d, i) => (manifest.parents.some((p) => matches(d, p) || matches(docs[i]!, p)) ? [i] : [])));
  let ci = settings.central === null ? -1 : keys.indexOf(settings.central);
  if (ci < 0) ci = defaultIndex;
  if (ci < 0) throw new InputError('NO_CENTRAL', manifest.central, `central document ${manifest.central} not found among ${docs.length} documents`);
  const central = docs[ci]!;
  const centralNumber = central.meta.number?.toLocaleUpperCase('vi') ?? null;
  const centralBody = bodyOf(central);
  const builtin = new Set(manifest.files);
  const byNumber = new Map<string, number[]>();
  docs.forEach((d, i) => {
    const n = d.meta.number?.toLocaleUpperCase('vi');
    if (n) byNumber.set(n, [...(byNumber.get(n) ?? []), i]);
  });
  // The manifest's parents belong to its central text (or to a central text that cites them); the
  // document a chosen central text implements is its parent too.
  const centralCites = new Set(documentNumbers(central.text).map((n) => n.toLocaleUpperCase('vi')));
  const isParent = (d: ParsedDocument, i: number) => i !== ci && (
    (parentIndexes.has(i) && (ci === defaultIndex || centralCites.has(d.meta.number?.toLocaleUpperCase('vi') ?? '')))
    || (central.meta.implements !== null && d.meta.number !== null && d.meta.number.toLocaleUpperCase('vi') === central.meta.implements.toLocaleUpperCase('vi')));
  const entries: CatalogEntry[] = [];
  const parents: ParsedDocument[] = [];
  const locals: ParsedDocument[] = [];
  docs.forEach((d, i) => {
    const key = keys[i]!;
    const number = d.meta.number?.toLocaleUpperCase('vi') ?? null;
    const identical = i !== ci && d.blocks.length > 0 && bodyOf(d) === centralBody;
    const parent = isParent(d, i);
    // Cites the central number anywhere in its text, its own printed number apart.
    const own = [d.meta.number, parsed[i]!.meta.number].map((n) => n?.toLocaleUpperCase('vi'));
    const cites = centralNumber !== null && !own.includes(centralNumber)
      && ((d.meta.implements?.toLocaleUpperCase('vi') ?? null) === centralNumber || documentNumbers(d.text).some((n) => n.toLocaleUpperCase('vi') === centralNumber));
    const proposed = i !== ci && !parent && !identical && number !== centralNumber
      && d.blocks.length > 0 && (centralNumber === null ? !builtin.has(d.source) : cites);
    const included = i !== ci && (settings.include[key] ?? proposed);
    let role: CatalogRole = 'other';
    if (i === ci) role = 'central';
    else if (included) role = 'local';
    else if (parent) role = 'parent';
    if (role === 'local') locals.push(d);
    if (role === 'parent') parents.push(d);
    entries.push({
      key, source: d.source, id: d.id, builtin: builtin.has(d.source), meta: d.meta, detected: parsed[i]!.meta,
      edited: changedFields(parsed[i]!.meta, settings.edits[key]), blocks: d.blocks.length,
      tasks: d.blocks.filter(isNumberedTask).length, role, proposed,
      sameNumber: number ? (byNumber.get(number) ?? []).filter((j) => j !== i).map((j) => keys[j]!) : [],
      identicalToCentral: identical, ...(d.quality ? { quality: d.quality } : {}),
    });
  });
  return { central, parents, locals, catalog: { centralKey: keys[ci]!, entries } };
}
