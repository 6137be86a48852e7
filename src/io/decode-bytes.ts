/**
 * Bytes of a text file (.txt, .md…) → Unicode NFC text, whatever encoding Vietnamese offices
 * saved it in: UTF-8 (with or without BOM), UTF-16, Windows-1258, TCVN3 or VNI bytes, or UTF-8
 * holding TCVN3/VNI-typed text. Refuses what is not a text document with a typed `InputError`.
 */
import { InputError } from '../core/errors.ts';
import { fixLegacyVietnamese } from './legacy-vietnamese.ts';
import { decodeSbcs } from './sbcs.ts';
import { looksBinary, looksBinaryText, looksLikeHtml, sniffFormat, sniffUtf16 } from './sniff.ts';
import { utf8Evidence } from './utf8-evidence.ts';
import { plausibility } from './vietnamese-score.ts';

export { vietnameseScore } from './vietnamese-score.ts';

/** Largest text file we accept: 20 MB (the longest real document is ~100 KB). */
export const MAX_TEXT_BYTES = 20 * 1024 * 1024;

/**
 * Something the user should know about a file that was read anyway, as data (the app and the CLI
 * word it): INVALID_UTF8, a UTF-8 file with `bytes` bytes that are not UTF-8, each read as U+FFFD.
 */
export interface ReadWarning {
  readonly code: 'INVALID_UTF8';
  readonly values: { readonly bytes: number };
}

/** Decoded text and how it was obtained. */
export interface DecodedText {
  /** Unicode NFC text, BOM removed; line endings untouched. */
  readonly text: string;
  /** Encoding of the bytes: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1258' | 'tcvn3' | 'vni' | 'windows-1252'. */
  readonly encoding: string;
  /** What was converted, for the user ("TCVN3 → Unicode"); `null` when the file was plain Unicode. */
  readonly converted: string | null;
  /** Present only when there is something to say (see `ReadWarning`). */
  readonly warnings?: readonly ReadWarning[];
}

/** Below this plausibility no 8-bit reading is taken for Vietnamese (the seeds score ~0.87). */
const MIN_VIETNAMESE = 0.2;

const LEGACY_NOTE = { tcvn3: 'TCVN3 → Unicode', vni: 'VNI → Unicode' } as const;

type Decoder = (bytes: Uint8Array) => DecodedText;

const WINDOWS_1252: Decoder = (b) =>
  ({ text: decodeSbcs(b, 'windows1252').normalize('NFC'), encoding: 'windows-1252', converted: 'Windows-1252 → Unicode' });

/** 8-bit readings of bytes that are not UTF-8, most likely first (ties keep the earlier). */
const DECODERS: readonly Decoder[] = [
  (b) => ({ text: decodeSbcs(b, 'windows1258').normalize('NFC'), encoding: 'windows-1258', converted: 'Windows-1258 → Unicode' }),
  // TCVN3/VNI typed text saved as "ANSI": Windows-1252 bytes whose letters are font codes.
  (b) => {
    const ansi = fixLegacyVietnamese(decodeSbcs(b, 'windows1252'));
    return ansi.encoding === 'unicode' ? WINDOWS_1252(b)
      : { text: ansi.text.normalize('NFC'), encoding: ansi.encoding, converted: LEGACY_NOTE[ansi.encoding] };
  },
  // Full TCVN 5712 (iconv-lite's table), whose capitals sit at 0x80–0x9F and 0x01–0x17.
  (b) => ({ text: decodeSbcs(b, 'tcvn').normalize('NFC'), encoding: 'tcvn3', converted: 'TCVN3 → Unicode' }),
];

/** Bytes on which the 8-bit encoding is chosen: ~256 KB, cut after a line feed. */
function sampleOf(bytes: Uint8Array): Uint8Array {
  if (bytes.length <= 262_144) return bytes;
  const cut = bytes.lastIndexOf(0x0a, 262_144);
  return bytes.subarray(0, cut > 0 ? cut + 1 : 262_144);
}

/** Decodes non-UTF-8 bytes with the reading that looks most Vietnamese on a sample. */
function decode8bit(bytes: Uint8Array): DecodedText {
  const sample = sampleOf(bytes);
  let best: { decoder: Decoder; result: DecodedText; score: number } | null = null;
  for (const decoder of DECODERS) {
    const result = decoder(sample);
    const score = plausibility(result.text);
    if (best === null || score > best.score) best = { decoder, result, score };
  }
  // Nothing looks Vietnamese ("Café crème — 2023"): plain Windows-1252, the usual 8-bit encoding,
  // rather than a TCVN reading that turns "—" into "Ộ".
  if (best === null || best.score < MIN_VIETNAMESE) return WINDOWS_1252(bytes);
  return sample === bytes ? best.result : best.decoder(bytes);
}

/**
 * UTF-8 sequences outnumbering bad bytes this many times over make a file UTF-8 with damage: the
 * Lạng Sơn seed cut at byte 7001, inside "ộ", has 2,337 sequences and 2 bad bytes.
 */
const UTF8_MAJORITY = 10;

/**
 * Bytes that are not valid UTF-8. Read as UTF-8 with U+FFFD for the bad bytes, and a warning, unless
 * the evidence for an 8-bit encoding is strong: no UTF-8 sequence at all (every legacy file), or so
 * many bad bytes that the 8-bit reading must also look more Vietnamese. Reading a file cut inside
 * one character as Windows-1252 lost its number, issuer and every task (issue 16).
 */
function decodeNotUtf8(bytes: Uint8Array): DecodedText {
  const { sequences, badBytes } = utf8Evidence(bytes);
  if (sequences === 0) return decode8bit(bytes);
  const lossy: DecodedText = {
    ...decodeUnicode(new TextDecoder('utf-8').decode(bytes), 'utf-8'),
    warnings: [{ code: 'INVALID_UTF8', values: { bytes: badBytes } }],
  };
  if (sequences >= UTF8_MAJORITY * badBytes) return lossy;
  const legacy = decode8bit(bytes);
  return plausibility(legacy.text) > plausibility(lossy.text) ? legacy : lossy;
}

function decodeUnicode(text: string, encoding: string): DecodedText {
  const legacy = fixLegacyVietnamese(text);
  if (legacy.encoding !== 'unicode') return { text: legacy.text.normalize('NFC'), encoding, converted: LEGACY_NOTE[legacy.encoding] };
  const nfc = text.normalize('NFC');
  // Text typed with combining tone marks (Windows-1258 style, some Mac tools) is recomposed.
  return { text: nfc, encoding, converted: nfc === text ? null : 'combining marks → precomposed (NFC)' };
}

/**
 * Decodes a text file; a UTF-8 file with a few bad bytes comes with an INVALID_UTF8 warning. Throws `InputError` with code EMPTY_FILE (0 bytes), TOO_LARGE
 * (> MAX_TEXT_BYTES, checked before any decoding), BINARY_FILE (image, archive, PDF, Word,
 * executable or control bytes), HTML_PAGE (a web page saved as text) or WHITESPACE_ONLY.
 * Never throws for "not Vietnamese": see `vietnameseScore`.
 */
export function decodeBytes(bytes: Uint8Array, source: string): DecodedText {
  if (bytes.length === 0) throw new InputError('EMPTY_FILE', source, `${source} is empty (0 bytes)`);
  if (bytes.length > MAX_TEXT_BYTES) {
    const mb = (bytes.length / 1024 / 1024).toFixed(1);
    throw new InputError('TOO_LARGE', source, `${source} is ${mb} MB; text files over 20 MB are refused`, `${mb} MB`, bytes.length);
  }
  const format = sniffFormat(bytes);
  if (format !== null) {
    throw new InputError('BINARY_FILE', source, `${source} is not a text file (it is ${format.toUpperCase()} data)`, format);
  }
  const utf16 = sniffUtf16(bytes);
  let decoded: DecodedText;
  if (utf16 !== null) {
    const encoding = utf16.order === 'le' ? 'utf-16le' : 'utf-16be';
    const text = new TextDecoder(encoding).decode(bytes); // drops the BOM
    if (looksBinaryText(text)) {
      throw new InputError('BINARY_FILE', source, `${source} is not a text file (control characters)`);
    }
    decoded = decodeUnicode(text, encoding);
  } else if (looksBinary(bytes)) {
    throw new InputError('BINARY_FILE', source, `${source} is not a text file (binary data)`);
  } else {
    let utf8: string | null = null;
    try {
      utf8 = new TextDecoder('utf-8', { fatal: true }).decode(bytes); // drops the BOM
    } catch {
      utf8 = null; // not UTF-8: damaged UTF-8, or an 8-bit Vietnamese encoding
    }
    decoded = utf8 !== null ? decodeUnicode(utf8, 'utf-8') : decodeNotUtf8(bytes);
  }
  if (looksLikeHtml(decoded.text)) {
    throw new InputError('HTML_PAGE', source,
      `${source} is a web page (HTML), not a document; open it in a browser and save it as text, or save the document as .docx`);
  }
  if (/^[\s\u200b-\u200d\u2060\ufeff]*$/.test(decoded.text)) {
    throw new InputError('WHITESPACE_ONLY', source, `${source} contains only white space`);
  }
  return decoded;
}
