/**
 * Class colours for SVG charts (the same values as the CSS custom properties in styles/base.css).
 * Okabe–Ito hues, distinguishable with the common colour-vision deficiencies; always paired with a label or icon.
 */
import type { PairClass } from '../../state/combine/combine-pair.ts';

/** Fill colour of each class in SVG charts. */
export const CLASS_FILL: Readonly<Record<PairClass, string>> = {
  verbatim: '#0b6fb0',
  adapted: '#e69f00',
  added: '#b8528e',
  omitted: '#c9c9c4',
  none: '#eeeeee',
};

/** Text colour that reads on each fill. */
export const CLASS_INK: Readonly<Record<PairClass, string>> = {
  verbatim: '#ffffff',
  adapted: '#1d1d1d',
  added: '#ffffff',
  omitted: '#1d1d1d',
  none: '#1d1d1d',
};

/** One-character symbol used inside chart bars (the icon set is SVG elsewhere). */
export const CLASS_SYMBOL: Readonly<Record<PairClass, string>> = {
  verbatim: '=', adapted: '≈', added: '+', omitted: '−', none: '·',
};
