/**
 * The user's workspace: documents they imported (kept in IndexedDB), which document is the central
 * one, which documents are compared with it, and their corrections to detected metadata. Plain
 * JSON-serializable data: it is stored, exported to one file and sent to the workers.
 */
import type { QualityReport } from '../../core/quality.ts';
import type { DocMeta } from '../../core/types.ts';
import type { FailedSource } from './parse-tolerant.ts';
import type { FamiliesSettings } from '../families/families-types.ts';

/** Metadata fields a user can correct. */
export const EDITABLE_FIELDS = ['kind', 'number', 'issuer', 'date', 'signer', 'implements'] as const;
export type EditableField = (typeof EDITABLE_FIELDS)[number];

/** Corrections to one document's metadata: a field present here replaces the detected value (`null` clears it). */
export type MetaPatch = Partial<Record<EditableField, string | null>>;

/** A document the user imported (a file or pasted text), already converted to Unicode NFC. */
export interface WorkspaceDoc {
  /** Stable id of the stored document. */
  readonly id: string;
  /** Unique source name among all files (the built-in corpus's included): "quang-ngai.docx". */
  readonly name: string;
  readonly text: string;
  /** Byte encoding / legacy font it came in ("utf-8", "tcvn3", "vni", "windows-1258"…). */
  readonly encoding: string;
  /** What was converted for the user to see ("TCVN3 → Unicode"), or `null`. */
  readonly converted: string | null;
  readonly format: 'text' | 'docx' | 'pdf' | 'paste';
  /** Size of the original file in bytes. */
  readonly size: number;
  /** ISO timestamp of the import. */
  readonly addedAt: string;
}

/**
 * Which document is central, which are compared, and metadata corrections. Documents are named by
 * their key, `source#n`: the n-th document (from 0) parsed from the file `source`.
 */
export interface WorkspaceSettings {
  /** Key of the central document; `null`: the built-in corpus's central text (54-KL/TW). */
  readonly central: string | null;
  /** Per document key: compared with the central text (`true`) or not, overriding the proposal. */
  readonly include: Readonly<Record<string, boolean>>;
  readonly edits: Readonly<Record<string, MetaPatch>>;
  /** Several central texts (issue 13): more central texts, the family shown, documents moved by hand. */
  readonly families?: FamiliesSettings;
}

/** Everything kept: imported documents and settings. */
export interface Workspace extends WorkspaceSettings {
  readonly docs: readonly WorkspaceDoc[];
}

/** The empty workspace: the built-in corpus alone. */
export const EMPTY_WORKSPACE: Workspace = { docs: [], central: null, include: {}, edits: {} };

/** What a document is in the current arrangement. */
export type CatalogRole = 'central' | 'local' | 'parent' | 'other';

/** One parsed document of the workspace, as the documents page lists it. */
export interface CatalogEntry {
  readonly key: string;
  readonly source: string;
  /** Id in the analysis (route ids). */
  readonly id: string;
  readonly builtin: boolean;
  /** Metadata after the user's corrections. */
  readonly meta: DocMeta;
  /** Metadata as detected (before corrections). */
  readonly detected: DocMeta;
  readonly edited: readonly EditableField[];
  readonly blocks: number;
  /** Body blocks under a numbered task (1., 2., II.…). */
  readonly tasks: number;
  readonly role: CatalogRole;
  /** The document cites the central text (it is proposed as a local implementation). */
  readonly proposed: boolean;
  /** Keys of other documents with the same number. */
  readonly sameNumber: readonly string[];
  /** Same body text as the central document. */
  readonly identicalToCentral: boolean;
  /** How much of the text survived its conversion (shown on the documents page); absent before parsing reported it. */
  readonly quality?: QualityReport;
}

/** The arrangement of all documents: the central one, and one entry per document. */
export interface Catalog {
  readonly centralKey: string | null;
  readonly entries: readonly CatalogEntry[];
  /** Files the parser could not read: left out of the analysis, listed as failed with their reason. */
  readonly failed?: readonly FailedSource[];
}
