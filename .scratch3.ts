import fs from 'node:fs';
import { readFile } from './src/io/read-file.ts';
import { loadPdfjsNode } from './src/io/pdfjs-node.ts';
const deps = { loadPdf: loadPdfjsNode };
const seed = fs.readFileSync('corpus/lang-son-1154-cv-tu.txt', 'utf8');
for (const f of fs.readdirSync('test/fixtures').sort()) {
  try {
    const r = await readFile(f, new Uint8Array(fs.readFileSync('test/fixtures/' + f)), deps);
    console.log(f, r.format, r.encoding, r.converted, r.text.length, f.startsWith('lang-son') ? (r.text === seed) : '');
    if (f.endsWith('.pdf') || f.endsWith('.docx')) fs.writeFileSync('/tmp/exp/' + f + '.out.txt', r.text);
  } catch (e) { console.log(f, 'ERR', (e as any).code, (e as Error).message); }
}
