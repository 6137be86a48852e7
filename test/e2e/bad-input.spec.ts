import { expect, test } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { docxEntries, wordParagraph, zipBytes } from '../support/zip-writer.ts';
import { shot } from './helpers.ts';
import { fixturePath, importFiles, openDocuments, resultOf } from './import-steps.ts';
import { sharedWorkspace } from './shared-workspace.ts';

/** Every refused file: one message in Vietnamese, no stack trace, earlier documents kept. */
const CASES: readonly [string, string, RegExp][] = [
  ['empty.txt', 'EMPTY_FILE', /Tệp “empty\.txt” trống \(0 byte\)/u],
  ['whitespace.txt', 'WHITESPACE_ONLY', /chỉ có khoảng trắng/u],
  ['png-renamed.txt', 'BINARY_FILE', /không phải văn bản \(có thể là ảnh/u],
  ['web-page.html', 'HTML_PAGE', /là một trang web \(HTML\)/u],
  ['corrupt.docx', 'CORRUPT_DOCX', /Tệp Word “corrupt\.docx” bị hỏng/u],
  ['scanned.pdf', 'NO_TEXT_LAYER', /không có chữ, chỉ có hình ảnh .*cần nhận dạng chữ \(OCR\)/u],
];

test.describe('bad input: a clear message, nothing lost', () => {
  test.describe('files refused or converted', () => {
    // One page for the group: before each test sharedWorkspace empties the kept workspace and checks
    // that the app reads as a fresh one (built-in corpus, no results, no notice).
    const app = sharedWorkspace();
    test('each bad file gets one Vietnamese message; documents added before are still there', async () => {
      const page = app();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await openDocuments(page);
      await importFiles(page, fixturePath('quang-ngai.docx'));
      await importFiles(page, CASES.map(([name]) => fixturePath(name)));
      for (const [name, code, message] of CASES) {
        const r = resultOf(page, name);
        await expect(r).toHaveAttribute('data-ok', 'false');
        await expect(r).toHaveAttribute('data-code', code);
        await expect(r.getByTestId('import-error')).toHaveText(message);
        await expect(r).not.toContainText(/Error|at \w+ \(|\.ts:\d+|stack/u);
      }
      await expect(page.getByTestId('import-results')).toContainText('Các văn bản đã có không bị ảnh hưởng.');
      await shot(page, 'bad-input-results', { fullPage: true });
      await expect(page.locator('[data-testid="doc-entry"][data-source="quang-ngai.docx"]')).toHaveAttribute('data-role', 'local');
      expect(errors).toEqual([]);
    });

    test('legacy encodings are not bad input: TCVN3, VNI and Windows-1258 are converted', async () => {
      const page = app();
      await openDocuments(page);
      await importFiles(page, [fixturePath('lang-son.tcvn.txt'), fixturePath('lang-son.vni.txt'), fixturePath('lang-son.cp1258.txt')]);
      for (const name of ['lang-son.tcvn.txt', 'lang-son.vni.txt', 'lang-son.cp1258.txt']) {
        await expect(resultOf(page, name)).toHaveAttribute('data-ok', 'true');
        await expect(resultOf(page, name).getByTestId('converted')).toBeVisible();
      }
    });

    test('a 50 MB text file is refused at once and the page stays responsive', async () => {
      const page = app();
      const dir = mkdtempSync(join(tmpdir(), 'doichieu-big-'));
      const path = join(dir, 'khong-lo.txt');
      const line = `${readFileSync(fixturePath('../../corpus/lang-son-1154-cv-tu.txt'), 'utf8').slice(0, 1000)}\n`;
      writeFileSync(path, line.repeat(Math.ceil((50 * 1024 * 1024) / Buffer.byteLength(line))));
      try {
        await openDocuments(page);
        const started = Date.now();
        await page.getByTestId('file-input').setInputFiles(path);
        await expect(resultOf(page, 'khong-lo.txt').getByTestId('import-error'))
          .toHaveText(/Tệp “khong-lo\.txt” quá lớn \(5\d,\d MB\): tệp văn bản tối đa 20 MB/u, { timeout: 10_000 });
        expect(Date.now() - started).toBeLessThan(10_000);
        // Responsive: a click is handled straight away.
        const t0 = Date.now();
        await page.getByText('Dán văn bản', { exact: true }).click();
        await expect(page.getByTestId('paste-text')).toBeVisible();
        expect(Date.now() - t0).toBeLessThan(2_000);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });

  test.describe('files read with a warning or a note, or refused on their content', () => {
    // One page for the group: before each test sharedWorkspace empties the kept workspace and checks
    // that the app reads as a fresh one (built-in corpus, no results, no notice).
    const app = sharedWorkspace();
    test('a 1 GB Word zip bomb is refused without crashing the tab; a UTF-8 file cut inside a character is read, with a warning', async () => {
      const page = app();
      test.setTimeout(90_000);
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('crash', () => errors.push('the tab crashed'));
      const lead = wordParagraph('Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy thực hiện tốt một số nhiệm vụ sau:');
      const bomb = await zipBytes(docxEntries({ head: lead, chunk: '<w:p/>'.repeat(1000), times: 170_000 })); // about 1.4 MB → 1 GB
      const seed = readFileSync(fixturePath('../../corpus/lang-son-1154-cv-tu.txt'));
      await openDocuments(page);
      await importFiles(page, [
        { name: 'bom.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: Buffer.from(bomb) },
        { name: 'bi-cat.txt', mimeType: 'text/plain', buffer: seed.subarray(0, 7001) },
      ]);
      await expect(resultOf(page, 'bom.docx')).toHaveAttribute('data-code', 'INFLATES_TOO_LARGE');
      await expect(resultOf(page, 'bom.docx').getByTestId('import-error'))
        .toHaveText('Tệp Word “bom.docx” giải nén ra 972,7 MB, vượt giới hạn (20 MB nội dung XML, 100 MB toàn bộ); tệp có thể bị hỏng hoặc là “bom nén”. Không có gì được giải nén.');
      const cut = resultOf(page, 'bi-cat.txt');
      await expect(cut).toHaveAttribute('data-ok', 'true');
      await expect(cut.getByTestId('read-warning')).toHaveText('Tệp lưu bằng UTF-8 nhưng có 1 byte lỗi (tệp bị cắt hoặc hỏng): các byte đó được thay bằng dấu �, phần còn lại đọc bình thường.');
      await expect(cut).toContainText('1154-CV/TU');
      expect(errors).toEqual([]);
    });

    test('text in another language is refused as not Vietnamese', async () => {
      const page = app();
      await openDocuments(page);
      const english = 'The provincial committee asks all party organisations to study the conclusion carefully and to report on the results. '.repeat(10);
      const french = 'Le comité provincial demande à toutes les organisations du parti d’étudier attentivement la conclusion et de rendre compte. '.repeat(10);
      await importFiles(page, [
        { name: 'english.txt', mimeType: 'text/plain', buffer: Buffer.from(english) },
        { name: 'francais.txt', mimeType: 'text/plain', buffer: Buffer.from(french) },
      ]);
      for (const name of ['english.txt', 'francais.txt']) {
        await expect(resultOf(page, name)).toHaveAttribute('data-code', 'NOT_VIETNAMESE');
        await expect(resultOf(page, name).getByTestId('import-error')).toContainText('không phải tiếng Việt');
      }
    });

    test('a document with no numbered tasks is compared paragraph by paragraph, with a note', async () => {
      const page = app();
      await openDocuments(page);
      const text = [
        'TỈNH ỦY BẮC KẠN', 'Số 88-CV/TU', 'Bắc Kạn, ngày 20 tháng 6 năm 2023',
        'Thực hiện Kết luận số 54-KL/TW ngày 09/5/2023 của Ban Bí thư, Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy, tổ chức đảng trong tỉnh tổ chức quán triệt sâu rộng nội dung Kết luận đến cán bộ, đảng viên.',
        'Các cấp ủy tăng cường công tác kiểm tra, giám sát việc thực hiện Kết luận; định kỳ báo cáo kết quả về Ban Thường vụ Tỉnh ủy.',
        'Nơi nhận:', '- Như trên,', '- Lưu Văn phòng Tỉnh ủy.',
      ].join('\n\n');
      await importFiles(page, { name: 'bac-kan-88.txt', mimeType: 'text/plain', buffer: Buffer.from(text) });
      const r = resultOf(page, 'bac-kan-88.txt');
      await expect(r).toHaveAttribute('data-ok', 'true');
      await expect(r).toContainText('Không thấy nhiệm vụ đánh số');
      await expect(r).toContainText('Được đối chiếu với 54-KL/TW');
    });

    test('a copy of the central text and two documents with the same number get a message each', async () => {
      const page = app();
      await openDocuments(page);
      const kl54 = readFileSync(fixturePath('../../corpus/ttxvn-652-cv-du-and-kl-54.txt'), 'utf8');
      const central = kl54.slice(kl54.indexOf('KẾT LUẬN\n'));
      expect(central.length).toBeGreaterThan(1000);
      await importFiles(page, [
        { name: 'kl-54-ban-sao.txt', mimeType: 'text/plain', buffer: Buffer.from(central) },
        { name: 'lang-son.tcvn.txt', mimeType: 'text/plain', buffer: readFileSync(fixturePath('lang-son.tcvn.txt')) },
      ]);
      await expect(resultOf(page, 'kl-54-ban-sao.txt')).toContainText('Nội dung trùng với văn bản Trung ương');
      await expect(page.locator('[data-testid="doc-entry"][data-source="kl-54-ban-sao.txt"]')).toHaveAttribute('data-role', 'other');
      await expect(resultOf(page, 'lang-son.tcvn.txt')).toContainText('Cùng số 1154-CV/TU với “lang-son-1154-cv-tu.txt”. Cả hai được giữ lại');
    });
  });
});
