/**
 * Single-byte decoders built from iconv-lite's own code tables (TCVN 5712, Windows-1258,
 * Windows-1252). We read the tables, not iconv-lite's codec: the codec needs Node's `Buffer`,
 * which the browser/Web Worker build does not have, while the tables are plain strings.
 * `sbcs.test.ts` checks these decoders byte-for-byte against `iconv.decode`.
 */
import manual from 'iconv-lite/encodings/sbcs-data.js';
import generated from 'iconv-lite/encodings/sbcs-data-generated.js';

/** Encodings we decode byte-wise: iconv-lite names. */
export type SbcsName = 'tcvn' | 'windows1258' | 'windows1252';

const cache = new Map<SbcsName, string>();

/** The 256-char table of `name`: `table[byte]` is the char iconv-lite decodes that byte to. */
export function sbcsTable(name: SbcsName): string {
  const hit = cache.get(name);
  if (hit !== undefined) return hit;
  const entry = manual[name] ?? generated[name];
  if (typeof entry !== 'object') throw new Error(`iconv-lite has no table ${name}`);
  let ascii = '';
  for (let i = 0; i < 128; i++) ascii += String.fromCharCode(i);
  const table = entry.chars.length === 128 ? ascii + entry.chars : entry.chars;
  if (table.length !== 256) throw new Error(`iconv-lite table ${name} has ${table.length} chars`);
  cache.set(name, table);
  return table;
}

/** Decodes `bytes` with the single-byte table `name` (no normalization, no BOM handling). */
export function decodeSbcs(bytes: Uint8Array, name: SbcsName): string {
  const table = sbcsTable(name);
  const units = Uint16Array.from(table, (c) => c.charCodeAt(0)); // every table char is one UTF-16 unit
  const parts: string[] = [];
  const chunk = new Uint16Array(8192);
  // 8 K units per String.fromCharCode call: a char-by-char += takes seconds on a 20 MB file.
  for (let start = 0; start < bytes.length; start += chunk.length) {
    const end = Math.min(bytes.length, start + chunk.length);
    for (let i = start; i < end; i++) chunk[i - start] = units[bytes[i] ?? 0] ?? 0xfffd;
    parts.push(String.fromCharCode(...chunk.subarray(0, end - start)));
  }
  return parts.join('');
}
