/**
 * How Vietnamese a string looks. Two measures:
 * - `vietnameseScore`: share of words carrying a Vietnamese-specific letter (for NOT_VIETNAMESE);
 * - `plausibility`: rewards well-formed Vietnamese syllables and punishes words with letters or
 *   symbols Vietnamese never uses. It is what we maximize when choosing between decodings: the
 *   TCVN3 bytes of "Tỉnh ủy Lạng Sơn" read as Windows-1252 give "TØnh ñy L¹ng S¬n", where
 *   "Ø", "ñ", "¹", "¬" are foreign; read as TCVN3 every word is a valid syllable.
 */

/** Vietnamese letters outside ASCII, lower case (NFC). */
const VN_SPECIFIC = 'àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ';
const VN_SPECIFIC_SET = new Set(VN_SPECIFIC);

/** Tone marks (combining): grave, acute, tilde, hook above, dot below. */
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;
/** Onset + nucleus (1–3 vowels, glides included) + coda; tones removed first. */
const SYLLABLE = /^(?:ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|[bcdđghklmnprstvx])?[aăâeêioôơuưy]{1,3}(?:ch|ng|nh|[cmnpt])?$/;
/** Token separators: white space and punctuation that both Unicode and legacy text use as such. */
const SEPARATORS = /[\s.,;:!?()[\]{}"'“”‘’«»\-–—…/\\*#_+=|<>]+/u;

/** `true` when `c` (one char, any case) is a Vietnamese letter that ASCII lacks. */
export function isVietnameseSpecific(c: string): boolean {
  return VN_SPECIFIC_SET.has(c.toLowerCase());
}

/**
 * Share (0–1) of words that contain a Vietnamese-specific letter (ă â đ ê ô ơ ư or a vowel with a
 * tone mark). Words are maximal runs of letters; the text is NFC-normalized first. 0 when there
 * are no words. Vietnamese prose scores about 0.5–0.75 (the seeds: 0.6–0.7); English 0;
 * French about 0.1. TCVN3/VNI mis-decoded text scores lower but not 0 (it contains à, é, ô…).
 */
export function vietnameseScore(text: string): number {
  let words = 0;
  let vietnamese = 0;
  for (const m of text.normalize('NFC').matchAll(/[\p{L}\p{M}]+/gu)) {
    words++;
    for (const c of m[0]) {
      if (isVietnameseSpecific(c)) { vietnamese++; break; }
    }
  }
  return words === 0 ? 0 : vietnamese / words;
}

/** `true` for a lower-case NFC word that is one well-formed Vietnamese syllable with a diacritic. */
function isVietnameseSyllable(word: string): boolean {
  const decomposed = word.normalize('NFD');
  const tones = decomposed.match(TONES);
  if (tones !== null && tones.length > 1) return false;
  return SYLLABLE.test(decomposed.replace(TONES, '').normalize('NFC'));
}

/**
 * Plausibility of `text` as Vietnamese, in [-2, 1]: (valid syllables with diacritics − 2 × foreign
 * tokens) / tokens, over at most the first `sample` chars. A token is foreign when it holds a char
 * that is neither ASCII alphanumeric nor a Vietnamese letter, or Vietnamese letters that do not
 * form a syllable ("tiềnh"). Only comparisons between decodings of the same bytes are meaningful.
 */
export function plausibility(text: string, sample = 200_000): number {
  let viet = 0;
  let foreign = 0;
  let total = 0;
  for (const raw of text.slice(0, sample).normalize('NFC').split(SEPARATORS)) {
    const token = raw.toLowerCase();
    if (token === '' || /^\d+$/.test(token)) continue;
    total++;
    if (/^[a-z0-9]+$/.test(token)) continue;
    let ok = true;
    for (const c of token) {
      if (!VN_SPECIFIC_SET.has(c) && !/[a-z0-9]/.test(c)) { ok = false; break; }
    }
    if (ok && isVietnameseSyllable(token)) viet++;
    else foreign++;
  }
  return total === 0 ? 0 : (viet - 2 * foreign) / total;
}
