/**
 * Conversion damage, as the seeds show it: markdown marks (bold headers, "\*", italic addressee
 * label), page breaks that cut a sentence into two paragraphs (sometimes with the page number
 * between), hard-wrapped lines (003: every line its own paragraph), and paragraphs left in TCVN3
 * (typed with a .VnTime font, read as Windows-1252). Damage never changes a clause's words.
 */
import { sbcsTable } from '../io/sbcs.ts';
import type { Random } from './random.ts';

/** A paragraph of a generated document, before damage. */
export interface Para {
  readonly text: string;
  readonly zone: 'header' | 'body' | 'footer';
}

/** Which damage a document received (the benchmark reports the mix). */
export interface DamageKinds {
  readonly markdown: boolean;
  readonly pageBreaks: number;
  readonly tcvn3: number;
  readonly wrap: 'none' | 'lines' | 'paragraphs';
}

/** Chooses the damage of one document. */
export function pickDamage(rnd: Random): DamageKinds {
  return {
    markdown: rnd.chance(0.5),
    pageBreaks: rnd.chance(0.5) ? rnd.int(1, 3) : 0,
    tcvn3: rnd.chance(0.2) ? rnd.int(1, 2) : 0,
    wrap: rnd.chance(0.85) ? 'none' : rnd.chance(0.5) ? 'lines' : 'paragraphs',
  };
}

let inverse: Map<string, string> | null = null;

/** Unicode → TCVN3 as typed with .VnTime fonts: capitals the table lacks take the lower-case code. */
export function toTcvn3(text: string): string {
  if (!inverse) {
    const table = sbcsTable('tcvn');
    inverse = new Map();
    for (let b = 0xa0; b <= 0xff; b++) if (!inverse.has(table[b]!)) inverse.set(table[b]!, String.fromCharCode(b));
  }
  const map = inverse;
  return [...text.normalize('NFC')].map((c) => (c < '\u0080' ? c : map.get(c) ?? map.get(c.toLocaleLowerCase('vi')) ?? c)).join('');
}

function markdown(p: Para, i: number): string {
  if (p.zone === 'body') return p.text;
  if (p.text === '*') return '\\*';
  if (p.text.startsWith('Kính gửi:')) return p.text.replace('Kính gửi:', '*Kính gửi:*');
  if (i === 0 || /^[\p{Lu}\s/,]+$/u.test(p.text) || p.text === 'Nơi nhận:') return `**${p.text}**`;
  return p.text;
}

/** Cuts a long body paragraph before a lower-case word, as a page break does. */
function pageBreak(paras: string[], zones: Para['zone'][], rnd: Random): void {
  const long = paras.map((t, i) => i).filter((i) => zones[i] === 'body' && paras[i]!.split(' ').length >= 24);
  if (!long.length) return;
  const i = rnd.pick(long);
  const words = paras[i]!.split(' ');
  const cuts = words.map((_w, k) => k).filter((k) => k > 5 && k < words.length - 5 && /^\p{Ll}/u.test(words[k]!) && !/[(“"]/u.test(words.slice(0, k).join(' ').replace(/\([^)]*\)|“[^”]*”|"[^"]*"/gu, '')));
  if (!cuts.length) return;
  const k = rnd.pick(cuts);
  const page = rnd.chance(0.5) ? [String(rnd.int(2, 9))] : [];
  paras.splice(i, 1, words.slice(0, k).join(' '), ...page, words.slice(k).join(' '));
  zones.splice(i, 1, 'body', ...page.map(() => 'header' as const), 'body');
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const w of text.split(' ')) {
    if (line && line.length + w.length + 1 > width) { lines.push(line); line = w; } else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(line);
  return lines;
}

/** The document's text with its damage applied. */
export function render(paras: readonly Para[], d: DamageKinds, rnd: Random): string {
  const texts = paras.map((p, i) => (d.markdown ? markdown(p, i) : p.text));
  const zones = paras.map((p) => p.zone);
  const body = texts.map((_t, i) => i).filter((i) => zones[i] === 'body');
  for (const i of rnd.shuffle(body).slice(0, d.tcvn3)) texts[i] = toTcvn3(texts[i]!);
  for (let k = 0; k < d.pageBreaks; k++) pageBreak(texts, zones, rnd);
  if (d.wrap === 'none') return `${texts.join('\n\n')}\n`;
  const width = rnd.int(60, 80);
  const sep = d.wrap === 'lines' ? '\n' : ' \n\n';
  return `${texts.map((t) => wrap(t, width).join(sep)).join('\n\n')}\n`;
}
