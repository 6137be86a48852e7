/**
 * How much of a byte string is UTF-8: its well-formed multi-byte sequences, and the bytes that
 * belong to none (the WHATWG decoder turns each run of them into U+FFFD). A UTF-8 file cut inside
 * a character or holding one stray byte has thousands of the first and one or two of the second;
 * TCVN3, VNI, Windows-1258 and Windows-1252 files have none of the first (the Lạng Sơn fixtures:
 * 0 sequences, 2,357–3,362 bad bytes).
 */

/** Counts over a byte string. */
export interface Utf8Evidence {
  /** Well-formed sequences of two to four bytes (ASCII not counted: every encoding shares it). */
  readonly sequences: number;
  /** Bytes in no well-formed sequence. */
  readonly badBytes: number;
}

/** Allowed range of the second byte after a lead byte (Unicode Table 3-7), and the sequence length. */
function leadOf(b: number): { length: number; lo: number; hi: number } | null {
  if (b >= 0xc2 && b <= 0xdf) return { length: 2, lo: 0x80, hi: 0xbf };
  if (b === 0xe0) return { length: 3, lo: 0xa0, hi: 0xbf };
  if (b === 0xed) return { length: 3, lo: 0x80, hi: 0x9f };
  if (b >= 0xe1 && b <= 0xef) return { length: 3, lo: 0x80, hi: 0xbf };
  if (b === 0xf0) return { length: 4, lo: 0x90, hi: 0xbf };
  if (b >= 0xf1 && b <= 0xf3) return { length: 4, lo: 0x80, hi: 0xbf };
  if (b === 0xf4) return { length: 4, lo: 0x80, hi: 0x8f };
  return null;
}

/** Counts the well-formed multi-byte sequences and the bad bytes of `bytes` (a UTF-8 BOM counts as a sequence). */
export function utf8Evidence(bytes: Uint8Array): Utf8Evidence {
  let sequences = 0, badBytes = 0;
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    if (b < 0x80) { i++; continue; }
    const lead = leadOf(b);
    if (lead === null) { badBytes++; i++; continue; }
    // The lead and the continuation bytes that fit form the "maximal subpart" the decoder replaces.
    let n = 1;
    while (n < lead.length) {
      const c = bytes[i + n];
      const [lo, hi] = n === 1 ? [lead.lo, lead.hi] : [0x80, 0xbf];
      if (c === undefined || c < lo || c > hi) break;
      n++;
    }
    if (n === lead.length) sequences++;
    else badBytes += n;
    i += n;
  }
  return { sequences, badBytes };
}
