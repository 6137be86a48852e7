import fs from 'node:fs';
import { readFile } from './src/io/read-file.ts';
import { loadPdfjsNode } from './src/io/pdfjs-node.ts';
import { seedBlocks, blockText } from './scripts/fixtures/seed-blocks.ts';
const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
const expected = seedBlocks(fs.readFileSync('corpus/quang-ngai-1698-cv-tu.txt', 'utf8')).map(blockText);
for (const f of ['quang-ngai.pdf', 'quang-ngai.docx']) {
  const r = await readFile(f, new Uint8Array(fs.readFileSync('test/fixtures/' + f)), { loadPdf: loadPdfjsNode });
  const got = r.text.split('\n\n');
  console.log(f, got.length, expected.length);
  const e2 = expected.map(collapse), g2 = got.map(collapse);
  for (const g of g2) if (!e2.includes(g)) console.log('  extra:', g.slice(0, 100));
  for (const e of e2) if (!g2.includes(e)) console.log('  missing:', e.slice(0, 100));
  if (f.endsWith('docx')) console.log('  exact', JSON.stringify(got) === JSON.stringify(expected));
}
