/**
 * Writes the reader fixtures into test/fixtures/ (checked in: tests must not need Chromium).
 *   npx tsx scripts/make-fixtures.ts
 * Sources are the repository's corpus copies of the seeds: Lạng Sơn 1154-CV/TU for the encoding
 * variants, Quảng Ngãi 1698-CV/TU for .docx/.pdf. Needs /usr/bin/chromium for the PDFs
 * (`apt-get install -y chromium`; never `playwright install`).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { encode1258, encodeTcvn, encodeVn3, encodeVni } from './fixtures/legacy-encode.ts';
import { makeDocx } from './fixtures/make-docx.ts';
import { blocksToHtml, htmlToPdf, scannedPdf } from './fixtures/render-pdf.ts';
import { seedBlocks } from './fixtures/seed-blocks.ts';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, 'test/fixtures');
const seed = (file: string): string => readFileSync(join(ROOT, 'corpus', file), 'utf8').normalize('NFC');

/** A tiny valid grey-scale PNG (16×16 gradient), to be renamed .txt. */
function png(): Uint8Array {
  const chunk = (type: string, data: Buffer): Buffer => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(16, 0);
  header.writeUInt32BE(16, 4);
  header.set([8, 0, 0, 0, 0], 8); // 8-bit grey, no interlace
  const rows = Buffer.alloc(16 * 17);
  for (let y = 0; y < 16; y++) for (let x = 0; x < 16; x++) rows[y * 17 + 1 + x] = (x + y) * 8;
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

const WEB_PAGE = `<!DOCTYPE html>
<html lang="vi">
<head><meta charset="utf-8"><title>Kết luận số 54-KL/TW của Ban Bí thư</title></head>
<body><h1>Kết luận số 54-KL/TW</h1><p>Ban Bí thư yêu cầu các cấp ủy, tổ chức đảng tiếp tục thực hiện tốt Quyết định số 99-QĐ/TW.</p></body>
</html>
`;

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const write = (name: string, bytes: Uint8Array | string): void => {
    writeFileSync(join(OUT, name), bytes);
    console.log(`${name}\t${typeof bytes === 'string' ? Buffer.byteLength(bytes) : bytes.length} bytes`);
  };
  const langSon = seed('lang-son-1154-cv-tu.txt');
  write('lang-son.tcvn.txt', encodeTcvn(langSon));
  write('lang-son.vn3-ansi.txt', encodeVn3(langSon));
  write('lang-son.vn3-utf8.txt', iconv.decode(Buffer.from(encodeVn3(langSon)), 'windows1252'));
  write('lang-son.vni.txt', encodeVni(langSon));
  write('lang-son.cp1258.txt', encode1258(langSon));
  write('lang-son.utf16le.txt', new Uint8Array(iconv.encode(langSon, 'utf16le', { addBOM: true })));

  const quangNgai = seedBlocks(seed('quang-ngai-1698-cv-tu.txt'));
  const docx = await makeDocx(quangNgai);
  write('quang-ngai.docx', docx);
  write('corrupt.docx', docx.subarray(0, Math.floor(docx.length * 0.6))); // truncated: no central directory
  write('quang-ngai.pdf', await htmlToPdf(blocksToHtml(quangNgai)));
  write('scanned.pdf', await scannedPdf(['TỈNH ỦY QUẢNG NGÃI', 'Số 1698-CV/TU', 'Triển khai thực hiện Kết luận số 54-KL/TW',
    'Kính gửi: Các cơ quan chuyên trách tham mưu, giúp việc Tỉnh ủy', 'Ngày 09/5/2023, Ban Bí thư ban hành Kết luận số 54-KL/TW']));

  write('png-renamed.txt', png());
  write('web-page.html', WEB_PAGE);
  write('empty.txt', new Uint8Array(0));
  write('whitespace.txt', ' \n\t\n\u00a0  \r\n\n');
}

await main();
