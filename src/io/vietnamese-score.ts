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
/** Onset, vowel cluster, coda of a toneless syllable. */
const SYLLABLE_PARTS = /^(ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|[bcdđghklmnprstvx])?([aăâeêioôơuưy]{1,3})(ch|ng|nh|[cmnpt])?$/;
/** Vowel clusters that may end a syllable or take a coda (hoa / hoàn). */
const NUCLEUS_ANY = new Set(['a', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y', 'oa', 'oe', 'uê', 'uy']);
/** Vowel clusters that need a coda (năm, tiên, muốn, nước). */
const NUCLEUS_CLOSED = new Set(['ă', 'â', 'iê', 'yê', 'uô', 'ươ', 'oă', 'uâ', 'uyê']);
/** Vowel clusters ending in a glide, which take no coda (cái, sau, người, yêu). */
const NUCLEUS_OPEN = new Set(['ai', 'ao', 'au', 'ay', 'âu', 'ây', 'eo', 'êu', 'ia', 'iu', 'oi', 'ôi', 'ơi', 'ui', 'ưi', 'ưu',
  'ua', 'ưa', 'uơ', 'oai', 'oay', 'oao', 'oeo', 'uây', 'uôi', 'ươi', 'ươu', 'iêu', 'yêu', 'uya', 'uyu']);

function validRime(nucleus: string, coda: string): boolean {
  if (coda === '') return NUCLEUS_ANY.has(nucleus) || NUCLEUS_OPEN.has(nucleus);
  if (!NUCLEUS_ANY.has(nucleus) && !NUCLEUS_CLOSED.has(nucleus)) return false;
  // "nh"/"ch" follow only a, ê, i, y (anh, ênh, inh, uynh).
  return !((coda === 'nh' || coda === 'ch') && !'aêiy'.includes(nucleus.charAt(nucleus.length - 1)));
}

/** Token separators: white space and punctuation that both Unicode and legacy text use as such. */
const SEPARATORS = /[\s.,;:!?()[\]{}"'“”‘’«»\-–—…/\\*#_+=|<>]+/u;

/** `true` when `c` (one char, any case) is a Vietnamese letter that ASCII lacks. */
export function isVietnameseSpecific(c: string): boolean {
  return VN_SPECIFIC_SET.has(c.toLowerCase());
}

/**
 * Share (0–1) of words that contain a Vietnamese-specific letter (ă â đ ê ô ơ ư or a vowel with a
 * tone mark). Words are maximal runs of letters; the text is NFC-normalized first. 0 when there
 * are no words. The seeds score 0.87–0.90; English 0; French about 0.25 (é, à, ô). TCVN3/VNI text
 * read as Windows-1252 scores lower but not 0 (it contains à, é, ô…): convert it first.
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
  const m = SYLLABLE_PARTS.exec(decomposed.replace(TONES, '').normalize('NFC'));
  if (m === null) return false;
  const [, onset = '', nucleus = '', coda = ''] = m;
  // The i of "gi" is the onset before another vowel (giữa) and the nucleus alone (gìn).
  return validRime(nucleus, coda) || (onset === 'gi' && validRime('i' + nucleus, coda));
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
    else if (!/^[a-z0-9đ]+$/.test(token)) foreign++; // abbreviations such as "QĐ", "VPĐU" are neutral
  }
  return total === 0 ? 0 : (viet - 2 * foreign) / total;
}
