/**
 * Vietnamese syllables: is a word a syllable the orthography allows (onset + glide + nucleus +
 * coda + tone), and if its letters are a syllable but its tone marks are not, how are they wrong.
 * The damage detectors (`quality.ts`) and the glyph repairs (`repair-glyphs.ts`) stand on it.
 *
 * Case-insensitive, NFC input. Both tone placements are valid: "hoá"/"hóa", "uỷ"/"ủy" (the seeds mix
 * them). Results are memoized: a corpus has a few thousand distinct words.
 */
import { boundedMemo } from './bounded-memo.ts';

/** How a word fares as one Vietnamese syllable. */
export type SyllableCheck =
  /** A syllable the orthography allows ("công", "hoá", "hóa", "quyết", "giữ"). */
  | 'valid'
  /** Letters that are no syllable: dropped vowels ("nhn", "thng"), English, abbreviations. */
  | 'invalid'
  /** The letters are a syllable but carry two tone marks: "LỦẬN", "ngàỷ" (KL 127 scrambled). */
  | 'two-tones'
  /** The letters are a syllable but the one tone mark sits on a vowel no placement uses: "lũận", "nghịên". */
  | 'misplaced-tone'
  /** A syllable closed by p, t, c, ch with a tone other than sắc or nặng, or none: "kềt", "cac". */
  | 'bad-tone';

/** Tone marks as combining characters (NFD): huyền, sắc, hỏi, ngã, nặng. */
const TONE_MARKS = new Set(['\u0300', '\u0301', '\u0309', '\u0303', '\u0323']);
const ACUTE = '\u0301';
const DOT = '\u0323';
const ALPHABET = new Set('aăâbcdđeêghiklmnoôơpqrstuưvxy');
const VOWELS = new Set('aăâeêioôơuưy');
const SHAPED = new Set('ăâêôơư');

const PLAIN_RIMES = [
  'a ac ach ai am an ang anh ao ap at au ay',
  'ăc ăm ăn ăng ăp ăt',
  'âc âm ân âng âp ât âu ây',
  'e ec em en eng eo ep et',
  'ê êch êm ên ênh êp êt êu',
  'i ia ich im in inh ip it iu iêc iêm iên iêng iêp iêt iêu',
  'y yêm yên yêt yêu',
  'o oc oi om on ong op ot ooc oong',
  'ô ôc ôi ôm ôn ông ôp ôt',
  'ơ ơi ơm ơn ơp ơt',
  'u ua uc ui um un ung up ut uôc uôi uôm uôn uông uôt',
  'ư ưa ưc ưi ưng ưt ưu ươc ươi ươm ươn ương ươp ươt ươu',
].join(' ').split(' ');

/** Rimes with the glide written "o" (before a, ă, e) or "u" (before â, ê, y, ơ). */
const O_GLIDE = 'oa oac oach oai oam oan oang oanh oao oap oat oay oăc oăm oăn oăng oăt oe oen oeo oet'.split(' ');
const U_GLIDE = 'uân uâng uât uây uê uêch uênh uy uya uych uyên uyêt uynh uyt uyu uơ'.split(' ');

const RIMES = new Set([...PLAIN_RIMES, ...O_GLIDE, ...U_GLIDE]);
const GLIDE_RIMES = new Set([...O_GLIDE, ...U_GLIDE]);
/** After "qu" the glide is the u of the onset: quá, quyết, quận, quen, quốc, and the old "qui". */
const QU_RIMES = new Set([...O_GLIDE.map((r) => r.slice(1)), ...U_GLIDE.map((r) => r.slice(1)), 'ôc', 'i']);
/** After "gi" the i is the onset's: gia, giữ, giết (gi + iêt), giếng. */
const GI_RIMES = new Set([
  ...PLAIN_RIMES.filter((r) => !r.startsWith('i')),
  ...PLAIN_RIMES.filter((r) => r.startsWith('iê')).map((r) => r.slice(1)),
]);

const ONSETS = ['ngh', 'ng', 'gh', 'gi', 'kh', 'nh', 'ph', 'qu', 'th', 'tr', 'ch',
  'b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x', ''];
const FRONT = new Set('ieêy');

/** Whether `rime` may follow `onset` (spelling rules: k/c, gh/g, ngh/ng, qu, gi, iê/yê). */
function rimeFits(onset: string, rime: string): boolean {
  if (onset === 'qu') return QU_RIMES.has(rime);
  if (onset === 'gi') return GI_RIMES.has(rime);
  if (!RIMES.has(rime)) return false;
  const first = rime[0]!;
  // "iê" needs an onset ("tiền"); without one it is written "yê" ("yên"), which takes none.
  if (rime.startsWith('iê') && onset === '') return false;
  if (rime.startsWith('yê') && onset !== '') return false;
  switch (onset) {
    case 'k': return FRONT.has(first) && !GLIDE_RIMES.has(rime);
    case 'c': return !FRONT.has(first) && !GLIDE_RIMES.has(rime);
    case 'gh': case 'ngh': return first === 'i' || first === 'e' || first === 'ê';
    case 'ng': return !FRONT.has(first);
    // "gì", "gìn": g + i with no vowel after; "ge"/"gê" are written "ghe"/"ghê".
    case 'g': return first === 'i' ? !VOWELS.has(rime[1] ?? '') : first !== 'e' && first !== 'ê' && first !== 'y';
    default: return true;
  }
}

/** Indices (in the rime) of the vowels a tone mark may sit on, under either placement style. */
function toneSlots(rime: string): number[] {
  let e = 0;
  while (e < rime.length && VOWELS.has(rime[e]!)) e++;
  // The shaped vowel carries the tone (ơ before ư in "ươ"): "trường", "quyết", "giữ", "thuở".
  const horn = rime.indexOf('ơ');
  if (horn >= 0 && horn < e) return [horn];
  for (let i = e - 1; i >= 0; i--) if (SHAPED.has(rime[i]!)) return [i];
  if (e === 1) return [0];
  if (e < rime.length) return [e - 1];
  if (e >= 3) return [1];
  // Open "oa", "oe", "uy": old "hóa", "thủy" and new "hoá", "thuỷ" are both correct.
  const v = rime.slice(0, 2);
  return v === 'oa' || v === 'oe' || v === 'uy' ? [0, 1] : [0];
}

interface Letters { readonly base: string; readonly tones: readonly { mark: string; at: number }[] }

/** Splits a word into its letters without tone marks and the tone marks with their letter index. */
function letters(word: string): Letters | null {
  const out: string[] = [];
  const tones: { mark: string; at: number }[] = [];
  for (const ch of word.toLowerCase().normalize('NFD')) {
    if (TONE_MARKS.has(ch)) {
      if (!out.length) return null;
      tones.push({ mark: ch, at: out.length - 1 });
    } else if (ch >= '\u0300' && ch <= '\u036f') {
      if (!out.length) return null;
      out[out.length - 1] += ch;
    } else out.push(ch);
  }
  const base = out.map((l) => l.normalize('NFC'));
  if (!base.every((l) => ALPHABET.has(l))) return null;
  return { base: base.join(''), tones };
}

/** The longest syllable is 7 letters ("nghiêng", "nguyệt"); tone marks may add a few code units. */
const MAX_LENGTH = 12;

function classify(word: string): SyllableCheck {
  if (word.length > MAX_LENGTH) return 'invalid';
  const l = letters(word);
  if (!l || l.base.length === 0 || l.base.length > 7) return 'invalid';
  let fits = false;
  let slotOk = false;
  let toneOk = false;
  for (const onset of ONSETS) {
    if (!l.base.startsWith(onset)) continue;
    const rime = l.base.slice(onset.length);
    if (!rime || !rimeFits(onset, rime)) continue;
    fits = true;
    const t = l.tones[0];
    if (l.tones.length !== 1 || !t) { slotOk = true; toneOk = toneOk || !stopped(rime); continue; }
    if (toneSlots(rime).includes(t.at - onset.length)) slotOk = true;
    if (!stopped(rime) || t.mark === ACUTE || t.mark === DOT) toneOk = true;
  }
  if (!fits) return 'invalid';
  if (l.tones.length > 1) return 'two-tones';
  if (!slotOk) return 'misplaced-tone';
  return toneOk ? 'valid' : 'bad-tone';
}

/** A rime closed by a stop (p, t, c, ch) takes only sắc or nặng. */
function stopped(rime: string): boolean {
  return /(?:p|t|c|ch)$/u.test(rime);
}

/** How `word` (one token of letters, NFC, any case) fares as a Vietnamese syllable. Memoized. */
export const checkSyllable: (word: string) => SyllableCheck = boundedMemo(100_000, (word) => classify(word));

/** True when `word` is a Vietnamese syllable with its tone marks where the orthography puts them. */
export function isSyllable(word: string): boolean {
  return checkSyllable(word) === 'valid';
}
