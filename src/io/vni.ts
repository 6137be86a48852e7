/**
 * VNI (VNI-Windows fonts: VNI-Times…) → Unicode. VNI writes a vowel with diacritics as the base
 * letter followed by one "mark" byte: "Tænh uûy Laïng Sôn" is "Tỉnh ủy Lạng Sơn" (æ = ỉ, û = hook
 * above, ï = dot below, ô = ơ). iconv-lite has no VNI codec, hence this table. Text is expected
 * as VNI bytes read as Windows-1252 (all VNI mark bytes are ≥ 0xC0, where 1252 = Latin-1).
 */

const GRAVE = '\u0300', ACUTE = '\u0301', TILDE = '\u0303', HOOK = '\u0309', DOT = '\u0323';
const CIRC = '\u0302', BREVE = '\u0306';

/** Mark byte (lower-case form) → combining sequence. Upper-case marks follow upper-case bases. */
const TONE_MARKS: Readonly<Record<string, string>> = {
  'ù': ACUTE, 'ø': GRAVE, 'û': HOOK, 'õ': TILDE, 'ï': DOT,
};
/** Circumflex + tone; only after a, e, o ("Vieät" = Việt, "Coäng" = Cộng). */
const CIRC_MARKS: Readonly<Record<string, string>> = {
  'â': CIRC, 'á': CIRC + ACUTE, 'à': CIRC + GRAVE, 'å': CIRC + HOOK, 'ã': CIRC + TILDE, 'ä': CIRC + DOT,
};
/** Breve + tone; only after a ("naêm" = năm, "quyeát" stays circumflex). */
const BREVE_MARKS: Readonly<Record<string, string>> = {
  'ê': BREVE, 'é': BREVE + ACUTE, 'è': BREVE + GRAVE, 'ú': BREVE + HOOK, 'ü': BREVE + TILDE, 'ë': BREVE + DOT,
};
/** Single bytes that are whole letters: ơ, ư, đ, the five i's and ỵ ("ñaûng" = đảng, "ngöôøi" = người). */
const SINGLES: Readonly<Record<string, string>> = {
  'ô': 'ơ', 'ö': 'ư', 'ñ': 'đ', 'í': 'í', 'ì': 'ì', 'æ': 'ỉ', 'ó': 'ĩ', 'ò': 'ị', 'î': 'ỵ',
};

/** A base letter with an optional mark byte, or a single-byte letter. */
const VNI_LETTER = /[aeouyôöAEOUYÔÖ][ùøûõïâáàåãäêéèúüëÙØÛÕÏÂÁÀÅÃÄÊÉÈÚÜË]?|[ñíìæóòîÑÍÌÆÓÒÎ]/g;

function markFor(base: string, mark: string): string | null {
  const lowerBase = base.toLowerCase();
  // A mark must match the case of its base ("TÆNH" is upper-case VNI, "Tænh" lower-case).
  const lowerMark = mark.toLowerCase();
  if ((base === lowerBase) !== (mark === lowerMark)) return null;
  const tone = TONE_MARKS[lowerMark];
  if (tone !== undefined && 'aeouyơư'.includes(lowerBase)) return tone;
  const circ = CIRC_MARKS[lowerMark];
  if (circ !== undefined && 'aeo'.includes(lowerBase)) return circ;
  const breve = BREVE_MARKS[lowerMark];
  if (breve !== undefined && lowerBase === 'a') return breve;
  return null;
}

function single(c: string): string | null {
  const lower = SINGLES[c.toLowerCase()];
  if (lower === undefined) return null;
  return c === c.toLowerCase() ? lower : lower.toUpperCase();
}

/**
 * Converts VNI text (VNI bytes decoded as Windows-1252) to Unicode NFC. Every char that is not
 * part of a VNI letter passes through unchanged, so ASCII and punctuation are kept. Conversion is
 * unconditional: callers decide whether the text is VNI (see `legacy-vietnamese.ts`).
 */
export function vniToUnicode(text: string): string {
  return text.replace(VNI_LETTER, (m) => {
    const c = m.charAt(0);
    const base = single(c) ?? c;
    const next = m.charAt(1);
    const mark = next === '' ? null : markFor(base, next);
    return mark !== null ? base + mark : base + next; // an unmatched mark byte stays as it was
  }).normalize('NFC');
}
