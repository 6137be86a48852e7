/**
 * The tables people open in a spreadsheet (issue 11), ready for a writer: the document table, the
 * clause table and the audit trail, with headers and coded values (classes, parts, effects, roles)
 * in Vietnamese or English, or as the column keys `analyze --format csv` has always written.
 */
import type { Report } from '../core/report.ts';
import { CLAUSE_COLUMNS, clauseRows } from '../core/report.ts';
import { DOCUMENT_COLUMNS, documentRows } from '../core/document-table.ts';
import { AUDIT_COLUMNS, auditRows, type AuditTrail } from '../core/audit-trail.ts';
import type { EffectKind } from '../core/effects.ts';
import type { LocalClass, Part, Role } from '../core/types.ts';
import { AUDIT_HEADERS, CLASS_LABEL, CLAUSE_HEADERS, DOCUMENT_HEADERS, PART_LABEL, ROLE_LABEL, SHEET_NAMES, type Lang } from './labels.ts';
import { EFFECT_KIND_WORDS } from '../messages/effect-kinds.ts';

export type ClauseColumn = (typeof CLAUSE_COLUMNS)[number];

/** Header language: Vietnamese, English, or the column keys (`document,issuer,clause,…`), stable for scripts. */
export type Headers = Lang | 'keys';

/** How a writer shows a column: `long` texts wrap, `date` is ISO in the rows (dd/mm/yyyy or a date cell when written), `share` a 0..1 fraction. */
export type CellKind = 'text' | 'long' | 'number' | 'share' | 'date';

export interface TableColumn {
  readonly key: string;
  readonly header: string;
  readonly kind: CellKind;
}

export type Cell = string | number | null;

export interface Table {
  /** Sheet name (.xlsx). */
  readonly name: string;
  readonly columns: readonly TableColumn[];
  readonly rows: readonly Readonly<Record<string, Cell>>[];
}

const CLAUSE_KINDS: Partial<Record<ClauseColumn, CellKind>> = { similarity: 'share', local_text: 'long', central_text: 'long', reason: 'long', review_note: 'long' };
const DOCUMENT_KINDS: Partial<Record<(typeof DOCUMENT_COLUMNS)[number], CellKind>> = { date: 'date', coverage: 'share' };

/** The clause table of a report (`clauseRows`: one row per local clause, review columns included). */
export function clauseTable(r: Report, headers: Headers): Table {
  const lang = headers === 'keys' ? null : headers;
  const rows = clauseRows(r).map((row) => (lang ? {
    ...row,
    part: PART_LABEL[lang][row.part as Part] ?? row.part,
    class: CLASS_LABEL[lang][row.class as LocalClass] ?? row.class,
    machine_class: row.machine_class ? CLASS_LABEL[lang][row.machine_class as LocalClass] ?? row.machine_class : '',
    effects: String(row.effects).split(' ').filter(Boolean).map((k) => EFFECT_KIND_WORDS[lang][k as EffectKind] ?? k).join(', '),
  } : row));
  return {
    name: SHEET_NAMES[lang ?? 'en'].clauses,
    columns: CLAUSE_COLUMNS.map((key) => ({ key, header: lang ? CLAUSE_HEADERS[lang][key] : key, kind: CLAUSE_KINDS[key] ?? (typeof rows[0]?.[key] === 'number' ? 'number' : 'text') })),
    rows,
  };
}

/** The document table of a report (`documentRows`: one row per document). */
export function documentTable(r: Report, headers: Headers): Table {
  const lang = headers === 'keys' ? null : headers;
  const rows = documentRows(r).map((row) => (lang ? { ...row, role: row.role ? ROLE_LABEL[lang][row.role as Role] ?? row.role : '' } : row));
  return {
    name: SHEET_NAMES[lang ?? 'en'].documents,
    columns: DOCUMENT_COLUMNS.map((key) => ({
      key, header: lang ? DOCUMENT_HEADERS[lang][key] : key,
      kind: DOCUMENT_KINDS[key] ?? (['document', 'issuer', 'kind', 'source', 'role', 'omitted_tasks'].includes(key) ? 'text' : 'number'),
    })),
    rows,
  };
}

/** The audit trail, one row per decision or undo. */
export function auditTable(trails: readonly AuditTrail[], headers: Headers): Table {
  const lang = headers === 'keys' ? null : headers;
  return {
    name: SHEET_NAMES[lang ?? 'en'].audit,
    columns: AUDIT_COLUMNS.map((key) => ({ key, header: lang ? AUDIT_HEADERS[lang][key] : key, kind: key === 'seq' || key === 'undoes' ? 'number' : key === 'note' || key === 'target' ? 'long' : 'text' })),
    rows: auditRows(trails),
  };
}
