/**
 * Detects Vietnamese typed with legacy 8-bit fonts and converts it to Unicode NFC:
 * - TCVN3 (ABC, ".VnTime"): "TØnh ñy L¹ng S¬n" = "Tỉnh ủy Lạng Sơn";
 * - VNI ("VNI-Times"): "Tænh uûy Laïng Sôn" = "Tỉnh ủy Lạng Sơn".
 * Such text reaches us already decoded (from a .docx run, a PDF text layer or a .txt saved from
 * Word) as the Windows-1252 reading of the font's bytes. Detection is conservative: a line is
 * only ever converted if it holds no Vietnamese letter beyond Latin-1 (real Unicode Vietnamese
 * always has some: ư ơ đ ạ…), and only when conversion makes the document markedly more
 * Vietnamese (see `plausibility`).
 */
import { sbcsTable } from './sbcs.ts';
import { vniToUnicode } from './vni.ts';
import { isVietnameseSpecific, plausibility } from './vietnamese-score.ts';

/** Which legacy encoding the text was typed in; 'unicode' = left alone. */
export type LegacyEncoding = 'unicode' | 'tcvn3' | 'vni';

/** Result of `fixLegacyVietnamese`. `changed` is true iff `text` differs from the input. */
export interface LegacyResult {
  readonly text: string;
  readonly encoding: LegacyEncoding;
  readonly changed: boolean;
}

/** Minimum plausibility gain (on the candidate lines) for a conversion to be accepted. */
const MIN_GAIN = 0.3;
/** Minimum plausibility of the converted candidate lines. */
const MIN_RESULT = 0.2;
/** Chars of candidate lines on which the encoding is chosen (a 20 MB file is not scored whole). */
const SAMPLE = 200_000;

/**
 * TCVN3 text (TCVN3 bytes read as Windows-1252/Latin-1) → Unicode NFC. Only U+00A0–U+00FF are
 * mapped, through iconv-lite's TCVN table: TCVN3 fonts keep Windows-1252 punctuation (“ ” – at
 * 0x93 0x94 0x96), which iconv's TCVN 5712 table would turn into capital letters.
 * Capitals typed with the ".VnTimeH" fonts use the lower-case codes ("TØNH" = "TỈNH"): a word
 * with no ASCII lower-case letter and an ASCII capital after its first letter is upper-cased
 * ("ñY" → "ỦY", but "Lµ" → "Là"), and so is a whole line without ASCII lower-case letters once it
 * has such a word ("T/M BAN TH¦êNG Vô" → "T/M BAN THƯỜNG VỤ", but "Sè 1154-CV/TU" → "Số 1154-CV/TU").
 */
export function tcvn3ToUnicode(text: string): string {
  const table = sbcsTable('tcvn');
  const mapped = text.replace(/[\u00a0-\u00ff]/g, (c) => table.charAt(c.charCodeAt(0)));
  return mapped.normalize('NFC').split('\n').map(fixCapitals).join('\n');
}

function fixCapitals(line: string): string {
  let fixed = false;
  const out = line.replace(/[\p{L}\p{M}]+/gu, (word) => {
    if (/[a-z]/.test(word) || !/[A-Z]/.test(word.slice(1)) || word === word.toUpperCase()) return word;
    fixed = true;
    return word.toUpperCase();
  });
  return fixed && !/[a-z]/.test(out) ? out.toUpperCase() : out;
}

/** A line that could be legacy text: has Latin-1 upper-half chars, no Vietnamese-only letters. */
function isCandidate(line: string): boolean {
  let latin1 = false;
  for (const c of line) {
    const code = c.charCodeAt(0);
    if (code >= 0xa0 && code <= 0xff) latin1 = true;
    else if (code > 0xff && (isVietnameseSpecific(c) || (code >= 0x300 && code <= 0x323))) return false;
  }
  return latin1;
}

const CONVERTERS = { tcvn3: tcvn3ToUnicode, vni: vniToUnicode } as const;

/**
 * Converts legacy-encoded Vietnamese in `text` to Unicode NFC, line by line, or returns it
 * unchanged (`encoding: 'unicode'`, text not even normalized). The encoding (TCVN3 or VNI) is
 * chosen once, on a sample of the candidate lines; then every candidate line is converted — in a
 * document that also has Unicode lines, only those whose plausibility rises, so a text
 * mixing Unicode and TCVN3 paragraphs keeps its Unicode ones intact.
 */
export function fixLegacyVietnamese(text: string): LegacyResult {
  const unchanged: LegacyResult = { text, encoding: 'unicode', changed: false };
  const lines = text.split('\n');
  const candidate = lines.map(isCandidate);
  const sample = lines.filter((_, i) => candidate[i]).join('\n').slice(0, SAMPLE);
  if (sample === '') return unchanged;
  const before = plausibility(sample);
  let best: { encoding: 'tcvn3' | 'vni'; score: number } | null = null;
  for (const encoding of ['tcvn3', 'vni'] as const) {
    const score = plausibility(CONVERTERS[encoding](sample));
    if (best === null || score > best.score) best = { encoding, score };
  }
  if (best === null || best.score < MIN_RESULT || best.score - before < MIN_GAIN) return unchanged;
  const convert = CONVERTERS[best.encoding];
  // All non-ASCII lines are legacy: one pass (ASCII is left as is by both converters).
  const mixed = lines.some((line, i) => !candidate[i] && /[\u0080-\uffff]/.test(line));
  const out = !mixed ? convert(text) : lines.map((line, i) => {
    if (!candidate[i]) return line;
    const converted = convert(line);
    // Strictly better only: a short Unicode line of Latin-1 letters ("sát.", cut off by a hard
    // wrap) reads as a valid syllable both ways ("sỏt.") and must stay as it is.
    return plausibility(converted) > plausibility(line) ? converted : line;
  }).join('\n');
  return out === text ? unchanged : { text: out, encoding: best.encoding, changed: true };
}
