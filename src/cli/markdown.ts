/**
 * `analyze --format md`: a readable summary per document, in one language (`--lang vi`, the default,
 * or `en`). Classes, roles and headings are worded here; reasons, metadata notes, clause labels and
 * kinds of document come from src/messages, as in the interface.
 */
import type { Report } from '../core/report.ts';
import type { Part, Role } from '../core/types.ts';
import { clauseLabel } from '../messages/clause-label.ts';
import { docTitle } from '../messages/kinds.ts';
import { wordNote } from '../messages/note-words.ts';
import { wordReason } from '../messages/reason-words.ts';
import { plain, type Lang } from '../messages/words.ts';
import { markdownText as md } from './md-text.ts';

/** The summary's words in one language. */
interface MdWords {
  readonly title: string;
  readonly unknownDate: string;
  readonly noNumber: string;
  readonly daysAfter: (n: number) => string;
  readonly role: string;
  readonly roles: Readonly<Record<Role, string>>;
  readonly implements: string;
  readonly tasks: string;
  readonly words: string;
  readonly verbatim: string;
  readonly adapted: string;
  readonly omitted: string;
  readonly added: string;
  readonly notes: string;
  readonly addedTitle: string;
  readonly omittedTitle: string;
  readonly reason: string;
  readonly reviewed: (all: number, local: number, central: number) => string;
}

const WORDS: Readonly<Record<Lang, MdWords>> = {
  vi: {
    title: 'Đối chiếu', unknownDate: 'không rõ ngày', noNumber: 'không số', daysAfter: (n) => `${n} ngày sau`,
    role: 'Vai trò', roles: { implementation: 'văn bản triển khai', forwarding: 'công văn chuyển tiếp', 'cites-only': 'chỉ trích dẫn' }, implements: 'thực hiện',
    tasks: 'Câu nhiệm vụ của Trung ương', words: 'Văn bản địa phương theo số từ',
    verbatim: 'nguyên văn', adapted: 'điều chỉnh', omitted: 'không triển khai', added: 'bổ sung',
    notes: 'Ghi chú về siêu dữ liệu', addedTitle: 'Bổ sung', omittedTitle: 'Không triển khai', reason: 'căn cứ',
    reviewed: (a, l, c) => `Kết quả do người kiểm tra quyết định: ${a} (${l} câu địa phương, ${c} câu Trung ương)`,
  },
  en: {
    title: 'Đối chiếu (collation)', unknownDate: 'date unknown', noNumber: 'no number', daysAfter: (n) => `${n} days later`,
    role: 'Role', roles: { implementation: 'implementation document', forwarding: 'forwarding letter', 'cites-only': 'cites only' }, implements: 'implements',
    tasks: 'Central task clauses', words: 'Local text by words',
    verbatim: 'verbatim', adapted: 'adapted', omitted: 'omitted', added: 'added',
    notes: 'Notes on the metadata', addedTitle: 'Added', omittedTitle: 'Omitted', reason: 'why',
    reviewed: (a, l, c) => `Answers decided by the reviewer: ${a} (${l} local clauses, ${c} central clauses)`,
  },
};

const pct = (n: number, total: number) => (total ? `${Math.round((n / total) * 100)}%` : '—');
const date = (iso: string | null, w: MdWords) => (iso ? iso.split('-').reverse().join('/') : w.unknownDate);

/** The summary of a report in `lang`. */
export function toMarkdown(r: Report, lang: Lang = 'vi'): string {
  const w = WORDS[lang];
  const parts = new Map<string, Part>(r.central.clauses.map((c) => [c.id, c.part]));
  const partOf = (id: string) => parts.get(id);
  // Every text from a document goes through `md` (md-text.ts): no HTML, no script links.
  const out: string[] = [`# ${w.title} — ${md(plain(docTitle(lang, r.central.kind, r.central.number ?? r.central.id, w.noNumber)))} (${date(r.central.date, w)})`, ''];
  for (const d of r.documents) {
    const t = d.coverage.tasks, totalT = t.verbatim + t.adapted + t.omitted;
    const l = d.coverage.localWords, totalL = l.verbatim + l.adapted + l.added;
    out.push(`## ${md(d.issuer ?? d.id)} — ${md(d.number ?? w.noNumber)} (${date(d.date, w)}${d.lagDays !== null ? `, ${w.daysAfter(d.lagDays)}` : ''})`, '');
    out.push(`- ${w.role}: ${d.role ? w.roles[d.role] : '—'}; ${w.implements}: ${md(d.implements ?? '—')}`);
    out.push(`- ${w.tasks}: ${t.verbatim} ${w.verbatim} (${pct(t.verbatim, totalT)}), ${t.adapted} ${w.adapted} (${pct(t.adapted, totalT)}), ${t.omitted} ${w.omitted} (${pct(t.omitted, totalT)})`);
    out.push(`- ${w.words}: ${pct(l.verbatim, totalL)} ${w.verbatim}, ${pct(l.adapted, totalL)} ${w.adapted}, ${pct(l.added, totalL)} ${w.added}`);
    if (d.reviewed) out.push(`- ${w.reviewed(d.reviewed.clauses + d.reviewed.central, d.reviewed.clauses, d.reviewed.central)}`);
    for (const n of d.noteCodes) out.push(`- ${w.notes}: ${md(plain(wordNote(lang, n)))}`);
    out.push('');
    const added = d.clauses.filter((c) => c.class === 'added');
    if (added.length) {
      out.push(`### ${w.addedTitle}`, '', ...added.map((c) => `- [${clauseLabel(lang, c.id, c.part)}] ${md(c.text)} — ${w.reason}: ${md(plain(wordReason(lang, c.why, partOf)))}`), '');
    }
    const omitted = d.central.filter((c) => c.status === 'omitted').flatMap((c) => r.central.clauses.filter((x) => x.id === c.id));
    if (omitted.length) out.push(`### ${w.omittedTitle}`, '', ...omitted.map((c) => `- [${clauseLabel(lang, c.id, c.part)}] ${md(c.text)}`), '');
  }
  return out.join('\n');
}
