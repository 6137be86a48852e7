/**
 * A tour step's title and caption in the interface language, composed from the step's facts:
 * clause ids as people read them, the documents' own words marked as document text.
 */
import type { Part as DocPart } from '../../core/types.ts';
import type { TourStepView } from '../../state/combine/combine-tour.ts';
import { docTitle } from '../../messages/kinds.ts';
import { docText, type Part, type Piece } from '../../messages/words.ts';
import type { T } from '../i18n/translate.ts';
import type { PartOf } from '../../messages/reason-words.ts';
import { clauseLabel, unitLabel } from '../shared/labels.ts';
import { EFFECT_CODES, type EffectCode } from '../../core/effects.ts';
import { fieldTranslator } from '../i18n/insight-field-strings.ts';
import { wordEffect } from '../shared/field/field-words.ts';

/** "Một nhiệm vụ được chép nguyên văn"… */
export function stepTitle(t: T, s: TourStepView): string {
  return s.kind === 'weakened' ? fieldTranslator(t.lang)('tour.weakenedKind') : t(`tour.kind.${s.kind}`);
}

const isCode = (c: unknown): c is EffectCode => typeof c === 'string' && c in EFFECT_CODES;

/** The weakening of a `weakened` step, from the code and values in its facts. */
function weakeningOf(t: T, s: TourStepView): Piece {
  const code = s.vars['code'];
  if (!isCode(code)) return '';
  const values = Object.fromEntries(Object.entries(s.vars).map(([k, v]) => [k, String(v)]));
  return wordEffect(t.lang, { code, values });
}

/** Facts that are the documents' own words, and facts that are clause ids. */
const DOC_FACTS = ['doc', 'docNumber', 'parent'] as const;
const CLAUSE_FACTS = ['clause', 'centralClause', 'source'] as const;
const PARTS: readonly DocPart[] = ['assessment', 'lead-in', 'task', 'implementation', 'closing'];

/** The step's facts ready for a caption: names as document text, ids as labels, the central text by kind and number. */
function captionVars(t: T, s: TourStepView, partOf: PartOf): Record<string, number | Piece> {
  const v = s.vars;
  const out: Record<string, number | Piece> = { ...v };
  for (const k of DOC_FACTS) if (typeof v[k] === 'string') out[k] = docText(String(v[k]));
  const localPart = PARTS.find((p) => p === v['clausePart']);
  for (const k of CLAUSE_FACTS) {
    if (typeof v[k] !== 'string' || !v[k]) continue;
    out[k] = clauseLabel(t, String(v[k]), k === 'centralClause' ? partOf(String(v[k])) : k === 'clause' ? localPart : undefined);
  }
  out['central'] = docTitle(t.lang, String(v['centralKind'] ?? '') || null, String(v['centralNumber'] ?? ''), t('doc.noNumber'));
  out['unitName'] = unitLabel(t, v['part'] === 'implementation' ? 'implementation' : 'task', String(v['unit'] ?? ''));
  // A localization's two wordings are the documents' own.
  if (s.kind === 'localized') for (const k of ['from', 'to'] as const) out[k] = docText(String(v[k] ?? ''));
  return out;
}

/** The caption: a dictionary sentence per kind, filled with the step's facts (never document prose). */
export function stepCaption(t: T, s: TourStepView, partOf: PartOf = () => undefined): Part[] {
  const v = captionVars(t, s, partOf);
  switch (s.kind) {
    case 'localized': {
      const n = Number(s.vars['rules'] ?? 1) - 1;
      const more = n <= 0 ? '' : n === 1 ? t('tour.more1') : t('tour.moreN', { n });
      return t.parts('tour.caption.localized', { ...v, more });
    }
    case 'forwarding': {
      const lag = typeof s.vars['lagDays'] === 'number' ? t('tour.lag', { n: s.vars['lagDays'] }) : t('tour.lagUnknown');
      const ev = s.evidence.type === 'forwarding' ? s.evidence : null;
      const carried = ev?.carried ?? 0;
      return carried === 0
        ? t.parts('tour.caption.forwarding', { ...v, lag })
        : t.parts('tour.caption.forwardingSome', { ...v, lag, carried, tasks: ev?.total ?? 0 });
    }
    case 'weakened':
      return fieldTranslator(t.lang).parts('tour.weakened', { ...v, change: weakeningOf(t, s) });
    default:
      return t.parts(`tour.caption.${s.kind}`, v);
  }
}

/** The label of the step's deep link. */
export function openLabel(t: T, s: TourStepView, partOf: PartOf = () => undefined): Part[] {
  const doc = docText(String(s.vars['doc'] ?? ''));
  if (s.link.view === 'clause') return t.parts('tour.openClause', { clause: clauseLabel(t, s.link.clause ?? '', partOf(s.link.clause ?? '')) });
  const clause = s.link.local ?? s.link.clause;
  const part = s.link.local ? PARTS.find((p) => p === s.vars['clausePart']) : partOf(clause ?? '');
  return clause ? t.parts('tour.openPair', { doc, clause: clauseLabel(t, clause, part) }) : t.parts('tour.openDoc', { doc });
}
