// The files an inspector takes away (issue 11), written in-process as the app will write them:
// the document and clause tables (CSV, .xlsx read back with exceljs), the one-document report
// (data, and .docx read back with mammoth and its footer's page fields read from the zip).
import { inflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { documentRows, DOCUMENT_COLUMNS } from '../src/core/document-table.ts';
import { inspectionReport } from '../src/core/inspection-report.ts';
import { toReport } from '../src/core/report.ts';
import { applyReviews } from '../src/core/reviews.ts';
import type { Analysis } from '../src/core/types.ts';
import { toCsv } from '../src/cli/render.ts';
import { inspectionDocx } from '../src/export/inspection-docx.ts';
import { CLAUSE_HEADERS, DOCUMENT_HEADERS } from '../src/export/labels.ts';
import { tableCsv } from '../src/export/table-csv.ts';
import { clauseTable, documentTable } from '../src/export/tables.ts';
import { tablesXlsx } from '../src/export/xlsx-tables.ts';
import { dataOffset, readZipDirectory } from '../src/io/zip-directory.ts';
import { builtinAnalysis } from './support/corpus.ts';

const QN = '1698-CV/TU';
const note = 'Quy chế Bí thư Tỉnh ủy tiếp dân (1575-QĐ/TU) là cách tỉnh thực hiện nhiệm vụ 3-1 của Kết luận';
const reviewedAnalysis = (): Analysis => applyReviews(builtinAnalysis().analysis, [
  { document: QN, clause: 'nghiêm túc thực hiện Quyết định số 1575-QĐ/TU', class: 'adapted', central: ['3-1'], note, reviewer: 'Nguyễn Thị Lan', at: '2026-11-25T09:00:00+07:00' },
  { document: QN, clause: 'Câu này không có trong công văn', class: 'added', note: '', reviewer: 'Nguyễn Thị Lan', at: '2026-11-25T09:05:00+07:00' },
]).analysis;

describe('document table', () => {
  const r = toReport(reviewedAnalysis());
  const rows = documentRows(r);
  it('has one row per document with its counts, omitted task clauses by id, effects and the reviewer\'s share', () => {
    expect(rows.map((x) => x.document)).toEqual(r.documents.map((d) => d.number ?? d.id));
    for (const [i, d] of r.documents.entries()) {
      const row = rows[i]!;
      expect([row.tasks_verbatim, row.tasks_adapted, row.tasks_omitted]).toEqual([d.coverage.tasks.verbatim, d.coverage.tasks.adapted, d.coverage.tasks.omitted]);
      expect([row.local_verbatim, row.local_adapted, row.local_added]).toEqual([d.coverage.local.verbatim, d.coverage.local.adapted, d.coverage.local.added]);
      expect(row.effects_weakened).toBe(d.effectCounts!.weakened);
      expect(String(row.omitted_tasks).split(' ').filter(Boolean)).toHaveLength(d.coverage.tasks.omitted);
    }
    const qn = rows.find((x) => x.document === QN)!;
    expect(qn.omitted_tasks).not.toContain('3-1');
    expect(qn.reviewed_answers).toBe(1);
    expect([qn.date, qn.lag_days]).toEqual(['2023-07-17', 69]);
  });
  it('neutralises a cell a spreadsheet would run, in CSV', () => {
    const hostile = { ...r, documents: [{ ...r.documents[0]!, issuer: '=HYPERLINK("http://x","y")' }] };
    const csv = tableCsv(documentTable(hostile, 'vi'));
    expect(csv).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csv.startsWith(`\ufeff${DOCUMENT_HEADERS.vi.document},`)).toBe(true);
    expect(csv.split('\n')[1]).toContain(',22/05/2023,');
  });
});

describe('clause table', () => {
  const r = toReport(reviewedAnalysis());
  it('with column keys, is the CSV analyze has always written (review columns appended)', () => {
    expect(tableCsv(clauseTable(r, 'keys'), true)).toBe(toCsv(r));
  });
  it('carries the reviewer\'s answer beside the machine\'s, worded in Vietnamese', () => {
    const t = clauseTable(r, 'vi');
    const row = t.rows.find((x) => String(x['local_text']).includes('1575-QĐ/TU'))!;
    expect([row['class'], row['machine_class'], row['central_clause'], row['reviewer'], row['review_note']]).toEqual(['Điều chỉnh', 'Bổ sung', '3-1', 'Nguyễn Thị Lan', note]);
    expect(t.columns.map((c) => c.header)).toContain('Lý do của người kiểm tra');
  });
});

describe('.xlsx', () => {
  it('reads back with its Vietnamese headers, a row per document and per clause, dates as dates', async () => {
    const r = toReport(reviewedAnalysis());
    const bytes = await tablesXlsx([documentTable(r, 'vi'), clauseTable(r, 'vi')]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Văn bản', 'Các vế câu']);
    const [docs, clauses] = wb.worksheets as [ExcelJS.Worksheet, ExcelJS.Worksheet];
    expect((docs.getRow(1).values as unknown[]).slice(1)).toEqual(DOCUMENT_COLUMNS.map((k) => DOCUMENT_HEADERS.vi[k]));
    expect(docs.rowCount).toBe(r.documents.length + 1);
    expect(clauses.rowCount).toBe(r.documents.reduce((n, d) => n + d.clauses.length, 0) + 1);
    expect(clauses.getRow(1).getCell(1).value).toBe(CLAUSE_HEADERS.vi.document);
    const qn = docs.getRows(2, docs.rowCount - 1)!.find((row) => row.getCell(1).value === QN)!;
    expect(qn.getCell(4).value).toEqual(new Date('2023-07-17T00:00:00Z'));
    expect(qn.getCell(2).value).toBe('Tỉnh ủy Quảng Ngãi');
  });
});

describe('one-document inspection report', () => {
  const a = reviewedAnalysis();
  const id = a.documents.find((d) => d.doc.meta.number === QN)!.doc.id;
  const report = inspectionReport(a, id, { date: '2026-11-26', conclusion: { document: QN, text: 'Tỉnh ủy Quảng Ngãi đã triển khai đầy đủ các nhiệm vụ trọng tâm; cần bổ sung nhiệm vụ 6.', place: 'Quảng Ngãi', signer: 'Nguyễn Thị Lan', signerTitle: 'TRƯỞNG ĐOÀN KIỂM TRA' } });

  it('puts the findings first: omitted tasks without 3-1, the 5-3 weakening ("minh"), the clauses added', () => {
    expect(report.findings.omitted.map((c) => c.id)).not.toContain('3-1');
    expect(report.findings.omitted.length).toBe(a.documents.find((d) => d.doc.id === id)!.coverage.tasks.omitted);
    const weak = report.findings.weakened.find((f) => f.clause.text.startsWith('xử lý nghiêm, kịp thời'))!;
    expect(weak.effects.map((e) => e.evidence.central).join(' ')).toContain('minh');
    expect(report.findings.added.some((c) => c.text.includes('1575-QĐ/TU'))).toBe(false);
  });
  it('lists the decision with the machine\'s answer and the reason, the unmatched decision, the source file', () => {
    expect(report.decisions).toEqual([expect.objectContaining({ target: 'clause', by: 'Nguyễn Thị Lan', note, machine: { class: 'added', central: [] }, answer: { class: 'adapted', central: ['3-1'] } })]);
    expect(report.unmatched.map((u) => u.reason)).toEqual(['NO_CLAUSE']);
    expect(report.document.source).toBe('quang-ngai-1698-cv-tu.txt');
    expect(report.summary.reviewed).toBe(1);
    expect(report.signature).toEqual({ place: 'Quảng Ngãi', date: '2026-11-26', signer: 'Nguyễn Thị Lan', title: 'TRƯỞNG ĐOÀN KIỂM TRA' });
  });
  it('writes a .docx that reads back with the findings, the decision, the conclusion and the Vietnamese intact, and page numbers', async () => {
    const bytes = await inspectionDocx(report, 'vi');
    const { value: text } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    for (const s of ['BÁO CÁO KIỂM TRA', 'Công văn số 1698-CV/TU ngày 17/07/2023 của Tỉnh ủy Quảng Ngãi', 'Tệp nguồn: quang-ngai-1698-cv-tu.txt',
      'Kết luận số 54-KL/TW ngày 09/05/2023 của Ban Bí thư', '1. Nhiệm vụ của Trung ương không được triển khai (5)', '“nghiêm minh” thành “nghiêm”',
      'Máy: Bổ sung.', 'Người kiểm tra: Điều chỉnh từ câu Trung ương 3-1.', `Lý do: ${note}`, 'Quyết định không còn khớp (1)',
      'cần bổ sung nhiệm vụ 6.', 'Quảng Ngãi, ngày 26 tháng 11 năm 2026', 'TRƯỞNG ĐOÀN KIỂM TRA']) expect(text).toContain(s);
    expect(text.indexOf('II. PHÁT HIỆN')).toBeLessThan(text.indexOf('III. BẢNG ĐỐI CHIẾU'));
    expect(text).toBe(text.normalize('NFC'));
    const zip = readZipDirectory(bytes, 100);
    if (!('entries' in zip)) throw new Error('not a zip');
    const footer = zip.entries.find((e) => /^word\/footer\d*\.xml$/u.test(e.name))!;
    const at = dataOffset(bytes, footer);
    const xml = inflateRawSync(bytes.subarray(at, at + footer.compressedSize)).toString('utf8');
    expect(xml).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/u);
    expect(xml).toMatch(/<w:instrText[^>]*>NUMPAGES<\/w:instrText>/u);
  });
});
