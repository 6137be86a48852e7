/**
 * The one-document inspection report as a Word file, with the `docx` package (pinned; loaded only
 * when a report is written). A4 with the margins of Nghị định 30/2020/NĐ-CP (top and bottom 20 mm,
 * left 30 mm, right 15 mm), Times New Roman 13 pt as administrative texts are set, page numbers in
 * the footer, text written as Unicode NFC so Word shows the Vietnamese as typed. Runs in Node and
 * in the browser: the result is bytes.
 */
import type { ClauseRef, InspectionReport } from '../core/inspection-report.ts';
import type { CentralStatus, LocalClass } from '../core/types.ts';
import { CLASS_LABEL, STATUS_LABEL, dmy, type Lang } from './labels.ts';
import { EFFECT_KIND_WORDS } from '../messages/effect-kinds.ts';
import { clauseLabel } from '../messages/clause-label.ts';
import { UNMATCHED_WORDS, dmyTime, inspectionWords, weakenedWords } from './inspection-words.ts';

const FONT = 'Times New Roman';
/** Half-points: 13 pt body, 11 pt tables and footer. */
const BODY = 26, SMALL = 22;

type Docx = typeof import('docx');

/** The `.docx` bytes of `report`, worded in `lang`. */
export async function inspectionDocx(report: InspectionReport, lang: Lang): Promise<Uint8Array> {
  const docx: Docx = await import('docx');
  const { AlignmentType, Document, Footer, Header, Packer, PageNumber, Paragraph, Table, TableCell, TableRow, TextRun, WidthType, convertMillimetersToTwip: mm } = docx;
  const w = inspectionWords(lang);
  const nfc = (s: string) => s.normalize('NFC');
  const run = (text: string, o: { bold?: boolean; italics?: boolean; size?: number } = {}) => new TextRun({ text: nfc(text), font: FONT, size: o.size ?? BODY, ...(o.bold ? { bold: true } : {}), ...(o.italics ? { italics: true } : {}) });
  const para = (text: string, o: { bold?: boolean; italics?: boolean; center?: boolean; right?: boolean; size?: number; before?: number; indent?: boolean } = {}) => new Paragraph({
    children: [run(text, o)],
    alignment: o.center ? AlignmentType.CENTER : o.right ? AlignmentType.RIGHT : AlignmentType.JUSTIFIED,
    spacing: { before: o.before ?? 0, after: 80 },
    ...(o.indent ? { indent: { left: mm(8) } } : {}),
  });
  const heading = (text: string) => para(text, { bold: true, before: 200 });
  const d = report.document, c = report.central;
  const nameOf = (x: { kind: string | null; number: string | null; date: string | null; issuer: string | null }) =>
    w(x.number ? 'name' : 'name.noNumber', { kind: x.kind ?? '', number: x.number ?? '', date: x.date ? dmy(x.date) : w('unknown'), issuer: x.issuer ?? w('unknown') }).replace(/\s+/gu, ' ').trim();
  const docName = nameOf(d), centralName = nameOf(c);
  // People read "Nhiệm vụ 3, câu 1" / "Phần đánh giá, câu 8", not the report's ids ("3-1", "assessment-8").
  const label = (x: { id: string; part?: ClauseRef['part'] }) => clauseLabel(lang, x.id, x.part);
  const clauseLine = (x: ClauseRef) => para(`[${label(x)}] ${x.text}`, { indent: true });
  const ids = (xs: readonly string[]) => xs.join(', '); // in sentences that say "câu Trung ương 3-1"
  const labels = (xs: readonly string[]) => xs.map((id) => clauseLabel(lang, id)).join('; ');

  const body: (InstanceType<Docx['Paragraph']> | InstanceType<Docx['Table']>)[] = [
    para(w('title'), { bold: true, center: true, size: 28 }),
    para(w('subtitle', { central: [c.kind, c.number].filter(Boolean).join(' '), issuer: d.issuer ?? d.source }), { bold: true, center: true }),
    heading(w('doc.heading')),
    para(w('doc.document', { name: docName })),
    ...(d.title ? [para(w('doc.title', { title: d.title }))] : []),
    para(w('doc.source', { source: d.source })),
    para(w('doc.central', { name: centralName })),
    ...(c.title ? [para(w('doc.centralTitle', { title: c.title }))] : []),
    para(w('doc.centralSource', { source: c.source })),
    ...(d.lagDays !== null ? [para(w('doc.lag', { days: d.lagDays }))] : []),
    para(w('doc.tasks', report.summary.tasks)),
    para(w('doc.local', { ...report.summary.local, total: report.summary.local.verbatim + report.summary.local.adapted + report.summary.local.added })),
    para(report.summary.reviewed ? w('doc.reviewed', { reviewed: report.summary.reviewed, answers: report.summary.answers }) : w('doc.notReviewed', { answers: report.summary.answers }), { italics: true }),
    heading(w('findings.heading')),
    para(w('findings.omitted', { n: report.findings.omitted.length }), { bold: true }),
    ...(report.findings.omitted.length ? report.findings.omitted.map(clauseLine) : [para(w('findings.none'), { indent: true })]),
    para(w('findings.weakened', { n: report.findings.weakened.length }), { bold: true }),
    ...(report.findings.weakened.length ? report.findings.weakened.flatMap((f) => [
      para(`[${label(f.clause)}] ${w('weakened.local', { text: f.clause.text })}`, { indent: true }),
      para(w('weakened.central', { ids: f.central.map(label).join('; '), text: f.central.map((x) => x.text).join(' ') }), { indent: true, italics: true }),
      para(w('weakened.evidence', { what: f.effects.map((e) => weakenedWords(lang, e)).join('; ') }), { indent: true }),
    ]) : [para(w('findings.none'), { indent: true })]),
    para(w('findings.added', { n: report.findings.added.length }), { bold: true }),
    ...(report.findings.added.length ? report.findings.added.map(clauseLine) : [para(w('findings.none'), { indent: true })]),
    heading(w('table.heading')),
  ];

  const cell = (text: string, width: number, bold = false) => new TableCell({
    width: { size: width, type: WidthType.PERCENTAGE },
    children: [new Paragraph({ children: [run(text, { size: SMALL, bold })] })],
  });
  const widths = [9, 15, 12, 50, 14];
  const headerRow = new TableRow({ tableHeader: true, children: [w('table.id'), w('table.class'), w('table.central'), w('table.text'), w('table.effects')].map((h, i) => cell(h, widths[i]!, true)) });
  const rows = report.clauses.map((r) => new TableRow({
    cantSplit: false,
    children: [
      cell(label(r), widths[0]!),
      cell(`${CLASS_LABEL[lang][r.class]}${r.reviewed ? '*' : ''}`, widths[1]!),
      cell(labels(r.central), widths[2]!),
      cell(r.text, widths[3]!),
      cell(r.effects.map((k) => EFFECT_KIND_WORDS[lang][k]).join(', '), widths[4]!),
    ],
  }));
  body.push(new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [headerRow, ...rows] }));
  if (report.clauses.some((r) => r.reviewed)) body.push(para(w('table.reviewedMark'), { italics: true, size: SMALL }));

  body.push(heading(w('decisions.heading', { n: report.decisions.length })));
  if (!report.decisions.length) body.push(para(w('decisions.none'), { indent: true }));
  const clauseAnswer = (a: { readonly class: LocalClass; readonly central: readonly string[] }) =>
    (a.central.length ? w('answer.fromCentral', { cls: CLASS_LABEL[lang][a.class], ids: ids(a.central) }) : CLASS_LABEL[lang][a.class]);
  const statusAnswer = (a: { readonly status: CentralStatus; readonly by: readonly string[] }) =>
    (a.by.length ? w('answer.carriedBy', { status: STATUS_LABEL[lang][a.status], ids: ids(a.by) }) : STATUS_LABEL[lang][a.status]);
  for (const x of report.decisions) {
    const [machine, answer] = x.target === 'clause' ? [clauseAnswer(x.machine), clauseAnswer(x.answer)] : [statusAnswer(x.machine), statusAnswer(x.answer)];
    body.push(
      para(w(x.target === 'clause' ? 'decision.clause' : 'decision.central', { id: label(x.clause), text: x.clause.text }), { bold: true, indent: true }),
      para(w('decision.machine', { answer: machine }), { indent: true }),
      para(w('decision.answer', { answer }), { indent: true }),
      para(w('decision.who', { by: x.by, at: dmyTime(x.at) }), { indent: true }),
      para(x.note.trim() ? w('decision.note', { note: x.note }) : w('decision.noNote'), { indent: true, italics: true }),
    );
  }
  if (report.unmatched.length) {
    body.push(para(w('unmatched.heading', { n: report.unmatched.length }), { bold: true }));
    for (const u of report.unmatched) body.push(para(w('unmatched.item', { value: u.value, reason: UNMATCHED_WORDS[lang][u.reason] ?? u.reason, by: u.decision.reviewer, at: dmyTime(u.decision.at) }), { indent: true }));
  }

  body.push(heading(w('conclusion.heading')));
  if (report.conclusion) for (const line of report.conclusion.split(/\r?\n/u)) body.push(para(line));
  else for (let i = 0; i < 4; i++) body.push(para('.'.repeat(110), { size: SMALL }));

  const [y, m, dd] = report.signature.date.split('-');
  body.push(
    para(w('signature.placeDate', { place: report.signature.place ?? '…………', d: dd ?? '', m: m ?? '', y: y ?? '' }), { italics: true, right: true, before: 300 }),
    para(report.signature.title ?? w('signature.title'), { bold: true, right: true }),
    para('', { right: true }), para('', { right: true }), para('', { right: true }),
    para(report.signature.signer ?? '', { bold: true, right: true }),
  );

  const doc = new Document({
    creator: 'Đối chiếu',
    title: `${w('title')} — ${docName}`,
    styles: { default: { document: { run: { font: FONT, size: BODY } } } },
    sections: [{
      properties: { page: { size: { width: mm(210), height: mm(297) }, margin: { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) } } },
      headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(w('header.running', { name: d.number ?? d.source }), { size: 18, italics: true })] })] }) },
      footers: {
        default: new Footer({
          children: [new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [new TextRun({ font: FONT, size: SMALL, children: [w('footer.page'), PageNumber.CURRENT, w('footer.of'), PageNumber.TOTAL_PAGES] })],
          })],
        }),
      },
      children: body,
    }],
  });
  return Packer.pack(doc, 'uint8array');
}
