/**
 * Stage 8: what a document does with the central text it is compared with. `implements` is the
 * cited text that is the central one (by number, then by title); the role says whether the
 * document carries it out (implementation), sends it on (forwarding) or only names or quotes it
 * (cites-only: a news summary of Nghị quyết 74/NQ-CP naming KL 127 among others; a ministry letter
 * quoting one sentence of a conclusion). A cites-only document is kept and shown apart; it never
 * counts as an implementation with omissions.
 */
import type { CentralResult, Clause, DocMeta, ParsedDocument, Role } from './types.ts';
import { sameNumber } from './parse-meta.ts';
import { foldText } from './normalize.ts';
import { withNotes, type Note } from './reasons.ts';
import { boundedMemo, objectMemo } from './bounded-memo.ts';

/** A document that says it implements the central text but carries at most this many of its task clauses only quotes it. */
const QUOTE_ONLY = 1;
/** A document that never names the central text implements it when it carries at least this share of its task clauses. */
const UNCITED_SHARE = 0.5;

const TASK_PARTS = new Set(['task', 'implementation']);

/** Task clause ids per central clause list: built once, not once per document. */
const taskIdsOf = objectMemo((centralClauses: readonly Clause[]): ReadonlySet<string> =>
  new Set(centralClauses.filter((c) => TASK_PARTS.has(c.part)).map((c) => c.id)));

/**
 * Per central number, whether a cited number is the same (`sameNumber`), remembered: a batch cites
 * the same few numbers in every letter, and `sameNumber` normalizes both sides with three
 * expressions each time (the citation filter was a third of this function in the profile).
 */
const isCentral = boundedMemo(16, (number: string) => boundedMemo(1024, (cited: string) => sameNumber(cited, number)));

/** The document's metadata as it stands against `central`: `implements`, `role`, and a note when either was derived. */
export function relate(doc: ParsedDocument, central: ParsedDocument, centralClauses: readonly Clause[], statuses: readonly CentralResult[]): DocMeta {
  const meta = doc.meta;
  const number = central.meta.number;
  const cites = meta.cites ?? [];
  const hasTasks = doc.blocks.some((b) => (b.part === 'task' || b.part === 'implementation' || b.part === 'appendix') && !/^p\d+$/u.test(b.unit));
  const taskIds = taskIdsOf(centralClauses);
  const carried = statuses.filter((s) => taskIds.has(s.id) && s.status !== 'omitted').length;
  const own: Role = hasTasks ? 'implementation' : 'forwarding';
  const same = number ? isCentral(number) : null;
  const hits = same ? cites.filter((c) => c.number && same(c.number)) : [];
  const lead = doc.blocks.filter((b) => b.part === 'lead-in').map((b) => b.text).join(' ');
  const byTitle = !hits.length && central.meta.title && titleMatches(`${meta.title ?? ''} ${lead}`, central.meta.title, central.meta.kind);
  const version = Boolean(number && meta.number && sameNumber(meta.number, number));
  const sibling = Boolean(meta.implements && central.meta.implements && sameNumber(meta.implements, central.meta.implements));
  const says = hits.some((c) => c.where !== 'body' && c.action !== 'mentions') || Boolean(byTitle);
  const notes: Note[] = [];
  let implementsNo = meta.implements;
  let role = meta.role;
  if (says) {
    implementsNo = number ?? meta.implements;
    role = own === 'implementation' && carried <= QUOTE_ONLY && taskIds.size > QUOTE_ONLY * 4 ? 'cites-only' : own;
    if (byTitle) notes.push({ code: 'implements-by-title', values: {} });
    if (role === 'cites-only') notes.push({ code: 'cites-only', values: { carried, total: taskIds.size } });
  } else if (hits.length) {
    role = 'cites-only';
  } else if (version || sibling) {
    // Any two documents (issue 13): the .pdf of a letter compared with its .docx, or Quảng Ngãi
    // 1698 compared with Lạng Sơn 1154, both carrying out KL 54. Sharing the text does not make
    // either implement the other.
    role = null;
    notes.push(version ? { code: 'compared-version', values: { number: number! } } : { code: 'compared-sibling', values: { number: meta.implements! } });
  } else if (taskIds.size && carried / taskIds.size >= UNCITED_SHARE) {
    implementsNo = number ?? meta.implements;
    role = own;
    notes.push({ code: 'implements-uncited', values: { carried, total: taskIds.size } });
  } else {
    // It names neither the central text nor carries it: whatever it implements, it is not this one.
    role = null;
  }
  return withNotes({ ...meta, implements: implementsNo, role }, notes);
}

/**
 * Whether a text names the central one by its title: the central text's kind, then within a few
 * words a run of its title at least this long (Nghệ An 1026: "Chỉ thị … của Thủ tướng Chính phủ
 * “về tăng cường công tác bảo vệ bí mật nhà nước trong tình hình mới”"). A long run alone is not
 * enough: the Lương Minh plan that follows NQ 101 cites "Kế hoạch số 16/KH-MTTQ-BTT … về … đại biểu
 * Hội đồng nhân dân các cấp nhiệm kỳ 2026-2031", eight words of NQLT 102's title under another kind.
 */
const TITLE_RUN = 8;
const KIND_GAP = 15;

/** Folded words of the central title and kind, read once per text, not once per document (only read). */
const centralWords = boundedMemo(64, (s: string): readonly string[] => foldText(s).split(' '));

export function titleMatches(text: string, centralTitle: string, kind: string | null): boolean {
  if (!kind) return false;
  const want = centralWords(centralTitle.replace(/^(về|VỀ)\s+/u, '')).filter(Boolean);
  const have = foldText(text).split(' ').filter(Boolean);
  const k = centralWords(kind);
  const need = Math.min(TITLE_RUN, want.length);
  if (need < 5) return false;
  for (let at = 0; at + k.length <= have.length; at++) {
    if (!k.every((w, j) => have[at + j] === w)) continue;
    for (let i = at + k.length; i < Math.min(have.length, at + k.length + KIND_GAP); i++) {
      for (let w = 0; w < want.length; w++) {
        let n = 0;
        while (i + n < have.length && w + n < want.length && have[i + n] === want[w + n]) n++;
        if (n >= need) return true;
      }
    }
  }
  return false;
}
