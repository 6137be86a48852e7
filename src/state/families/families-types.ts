/**
 * Families in the app (issue 13): the user's choices (which documents are central texts besides
 * the main one, which family is shown, documents moved by hand) and what the analysis worker says
 * of every family (a light summary: the switcher, the cross-family table, the researchers' totals
 * and the documents page read it). Plain JSON data: stored with the workspace, sent to the worker.
 */
import type { RouteReason } from '../../core/route.ts';
import type { IssuerTotals } from '../../core/totals.ts';
import type { Role } from '../../core/types.ts';

/** The user's family choices. Documents are named by their workspace key (`source#n`). */
export interface FamiliesSettings {
  /** Keys of the documents that are central texts too, besides the main one (`WorkspaceSettings.central`). */
  readonly centrals: readonly string[];
  /** Key of the central text whose family is shown; `null`: the main one. */
  readonly shown: string | null;
  /** Documents moved by hand: key → key of the central text of their family, or '' to set them apart (unrouted). */
  readonly moves: Readonly<Record<string, string>>;
}

export const NO_FAMILIES: FamiliesSettings = { centrals: [], shown: null, moves: {} };

/** Whether these settings ask for families (at least one more central text). */
export function familiesOn(f: FamiliesSettings | undefined): f is FamiliesSettings {
  return Boolean(f && f.centrals.length > 0);
}

/** How a document came into its family, or stayed out: the machine's route, or the user's move. */
export interface Placement {
  readonly key: string;
  readonly id: string;
  readonly source: string;
  readonly number: string | null;
  readonly kind: string | null;
  readonly issuer: string | null;
  /** The machine's reason (route.ts), for the family it chose (or for leaving it out). */
  readonly reason: RouteReason | null;
  /** The user moved it here (its `reason` is the machine's, about where it would be). */
  readonly moved: boolean;
}

/** One document of a family, for the tables. */
export interface FamilyDocument extends Placement {
  readonly role: Role | null;
  /** Share of the central task clauses carried (verbatim + adapted), 0..1; null without task clauses. */
  readonly coverage: number | null;
  readonly omitted: number;
  /** Id of the local document it implements (a chain), or null. */
  readonly parent: string | null;
}

/** One family: its central text and its documents. */
export interface FamilySummary {
  readonly key: string;
  readonly id: string;
  readonly number: string | null;
  readonly kind: string | null;
  readonly title: string | null;
  readonly issuer: string | null;
  readonly documents: readonly FamilyDocument[];
}

/** What the worker sends with a families analysis. */
export interface FamiliesSummary {
  /** Key of the family whose analysis this is (the one shown). */
  readonly shown: string;
  readonly families: readonly FamilySummary[];
  readonly unrouted: readonly Placement[];
  /** Researchers' totals per issuer across the families (core/totals.ts). */
  readonly totals: readonly IssuerTotals[];
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const key = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= 1000;

/** Family settings from untrusted data (storage, a workspace file); `undefined` when there are none. */
export function sanitizeFamilies(v: unknown): FamiliesSettings | undefined {
  if (!isRecord(v)) return undefined;
  const centrals = Array.isArray(v['centrals']) ? [...new Set(v['centrals'].filter(key))] : [];
  const moves: Record<string, string> = {};
  if (isRecord(v['moves'])) for (const [k, x] of Object.entries(v['moves'])) if (typeof x === 'string' && x.length <= 1000) moves[k] = x;
  const shown = key(v['shown']) ? v['shown'] : null;
  if (!centrals.length && !Object.keys(moves).length) return undefined;
  return { centrals, shown, moves };
}
