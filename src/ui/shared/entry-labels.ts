/** Names and warnings of the workspace's documents, worded for the documents page and the import results. */
import type { DocMeta } from '../../core/types.ts';
import { docTitle } from '../../messages/kinds.ts';
import { docText, join, type Piece } from '../../messages/words.ts';
import { formatDate } from '../../state/format-date.ts';
import type { Catalog, CatalogEntry } from '../../state/workspace/workspace-types.ts';
import type { WT } from '../i18n/ws-strings.ts';

/** "Công văn 1154-CV/TU" (kind and number, "Không số" without a number; English names the kind). */
export function entryTitle(t: WT, meta: DocMeta): Piece {
  return docTitle(t.lang, meta.kind, meta.number, t('docs.noNumber'));
}

/** "Tỉnh ủy Lạng Sơn · 12/06/2023 · thực hiện 54-KL/TW". */
export function entryFacts(t: WT, meta: DocMeta): Piece {
  return join([
    ...(meta.issuer ? [docText(meta.issuer)] : []),
    formatDate(meta.date) ?? t('docs.noDate'),
    ...(meta.implements ? [t.parts('docs.implements', { number: docText(meta.implements) })] : []),
  ], ' · ');
}

/** The central document's number or title, for messages. */
export function centralName(t: WT, catalog: Catalog): Piece {
  const c = catalog.entries.find((e) => e.role === 'central');
  return c ? (c.meta.number ? docText(c.meta.number) : entryTitle(t, c.meta)) : '';
}

/** Warnings about one document: identical to the central text, same number as another, not compared, no numbered tasks. */
export function entryWarnings(t: WT, entry: CatalogEntry, catalog: Catalog): Piece[] {
  const out: Piece[] = [];
  if (entry.role === 'central') return out;
  const central = centralName(t, catalog);
  if (entry.identicalToCentral) out.push(t('warn.identical'));
  for (const key of entry.sameNumber.slice(0, 1)) {
    const other = catalog.entries.find((e) => e.key === key);
    if (other && !entry.identicalToCentral) out.push(t.parts('warn.sameNumber', { number: docText(entry.meta.number ?? ''), other: docText(other.source) }));
  }
  if (entry.role !== 'local' && entry.role !== 'parent' && !entry.identicalToCentral) out.push(t.parts('warn.notCiting', { central }));
  if (entry.role === 'local' && entry.tasks === 0 && !entry.builtin) out.push(t(entry.meta.role === 'forwarding' ? 'warn.noTasksForwarding' : 'warn.noTasks'));
  return out;
}
