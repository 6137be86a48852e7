import fs from 'node:fs';
import iconv from 'iconv-lite';
import { encodeTcvn, encodeVn3, encodeVni, encode1258 } from './scripts/fixtures/legacy-encode.ts';
import { fixLegacyVietnamese, tcvn3ToUnicode } from './src/io/legacy-vietnamese.ts';
import { vniToUnicode } from './src/io/vni.ts';
import { plausibility, vietnameseScore } from './src/io/vietnamese-score.ts';
import { decodeSbcs } from './src/io/sbcs.ts';
for (const f of fs.readdirSync('/work/shared/seeds')) {
  const seed = fs.readFileSync('/work/shared/seeds/' + f, 'utf8');
  console.log(f, 'vs', vietnameseScore(seed).toFixed(3), 'pl', plausibility(seed).toFixed(3), 'fix changed?', fixLegacyVietnamese(seed).changed);
}
const seed = fs.readFileSync('/work/shared/seeds/001_84c014d27a31ff24.txt', 'utf8');
const vn3 = decodeSbcs(encodeVn3(seed), 'windows1252');
console.log(vn3.slice(0, 200));
console.log('vn3 pl', plausibility(vn3), 'vs', vietnameseScore(vn3));
const r = fixLegacyVietnamese(vn3);
console.log(r.encoding, r.changed, r.text === seed, r.text.toLowerCase() === seed.toLowerCase());
const vni = decodeSbcs(encodeVni(seed), 'windows1252');
console.log(vni.slice(0, 200));
const r2 = fixLegacyVietnamese(vni);
console.log(r2.encoding, r2.changed, r2.text === seed, vniToUnicode(vni) === seed);
const c1258 = iconv.decode(Buffer.from(encode1258(seed)), 'windows1258').normalize('NFC');
console.log('1258', c1258 === seed);
const t = iconv.decode(Buffer.from(encodeTcvn(seed)), 'tcvn');
console.log('tcvn', t === seed.replace(/[“”]/g, '"'));
// diff helper
function firstDiff(a: string, b: string) { for (let i = 0; i < Math.max(a.length, b.length); i++) if (a[i] !== b[i]) return [i, JSON.stringify(a.slice(i-20, i+20)), JSON.stringify(b.slice(i-20, i+20))]; return null; }
console.log(firstDiff(r.text, seed));
console.log(firstDiff(r2.text, seed));
console.log(tcvn3ToUnicode('TØnh ñy L¹ng S¬n TØNH ñY L¹NG S¬N'), vniToUnicode('Tænh uûy Laïng Sôn'));
{
  let n = 0; const diffs = new Map<string, number>();
  const a = r.text; for (let i = 0; i < a.length; i++) if (a[i] !== seed[i]) { n++; const k = seed[i] + '→' + a[i]; diffs.set(k, (diffs.get(k) ?? 0) + 1); }
  console.log('vn3 diffs', n, [...diffs]);
}
