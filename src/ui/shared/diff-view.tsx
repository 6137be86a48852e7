/**
 * A word diff as text: substantive insertions and deletions stand out (underline / strike-through,
 * tinted, announced to screen readers); cosmetic differences are visibly quieter (dotted underline).
 */
import { useMemo, type ReactNode } from 'react';
import './field/field.css';
import type { WordDiff } from '../../core/types.ts';
import type { Effect } from '../../core/effects.ts';
import { effectKindLabel } from '../../messages/effect-kinds.ts';
import { useFT } from '../i18n/insight-field-strings.ts';
import { combineDiffView, type DiffSegment } from '../../state/combine/combine-diff-view.ts';
import { markRules } from '../../state/combine/combine-rules-diff.ts';
import type { RulePhrase } from '../../state/combine/combine-rules.ts';
import { useT } from '../i18n/use-t.ts';
import type { T } from '../i18n/translate.ts';
import { DOC_TEXT, Worded } from './worded.tsx';
import { docText, join } from '../../messages/words.ts';

const NO_RULES: readonly RulePhrase[] = [];
const NO_EFFECTS: readonly Effect[] = [];

/** The documents' own words in the diff. */
function Said({ text }: { text: string }) {
  return <span {...DOC_TEXT}>{text}</span>;
}

function Segment({ s, t }: { s: DiffSegment; t: T }) {
  switch (s.mark) {
    case 'insert':
      return <ins className="diff-ins"><span className="visually-hidden">[{t('diff.insert')}: </span><Said text={s.text} /><span className="visually-hidden">]</span></ins>;
    case 'delete':
      return <del className="diff-del"><span className="visually-hidden">[{t('diff.delete')}: </span><Said text={s.text} /><span className="visually-hidden">]</span></del>;
    case 'cosmetic':
      // The title quotes the central text's spelling: document text in an attribute, marked as such.
      return <span className="diff-cos" title={t('diff.central', { text: s.central ?? '' })} data-doc-title=""><Said text={s.text} /></span>;
    case 'cosmetic-insert':
      return <ins className="diff-cos-ins"><Said text={s.text} /></ins>;
    case 'cosmetic-delete':
      return <del className="diff-cos-del"><Said text={s.text} /></del>;
    default:
      return <Said text={s.text} />;
  }
}

/** A changed word that is an effect's evidence, highlighted and named ("minh" dropped: làm nhẹ). */
function EffectMark({ s, children }: { s: DiffSegment; children: ReactNode }) {
  const ft = useFT();
  if (!s.effect) return <>{children}</>;
  const kind = effectKindLabel(ft.lang, s.effect);
  return (
    <mark className={`diff-effect diff-effect--${s.effect}`} data-effect={s.effect} title={ft('effects.mark', { kind })}>
      {children}<span className="visually-hidden"> ({kind})</span>
    </mark>
  );
}

/**
 * The diff of a local clause against its central clause(s); `rules` (localization rules) are marked
 * with their number, the evidence words of `effects` highlighted with their kind.
 */
export function DiffView({ diff, rules = NO_RULES, effects = NO_EFFECTS }: { diff: WordDiff; rules?: readonly RulePhrase[]; effects?: readonly Effect[] | undefined }) {
  const t = useT();
  const segments = useMemo(() => markRules(combineDiffView(diff, effects ?? NO_EFFECTS), rules), [diff, rules, effects]);
  return (
    <div className="diff">
      {diff.capped && <p className="diff__note">{t('diff.capped')}</p>}
      <p className="diff__text">
        {segments.map((s, i) => (
          <span key={i}>{s.space ? ' ' : ''}<EffectMark s={s}>{s.rule === null ? <Segment s={s} t={t} /> : (
            <span className="diff-rule" title={t('localized.rules')}><Segment s={s} t={t} /><sup className="diff-rule__n"><span className="visually-hidden">{t('localized.ruleRef')}</span>{s.rule + 1}</sup></span>
          )}</EffectMark></span>
        ))}
      </p>
      <p className="diff__meta">
        {diff.inserted + diff.deleted > 0 && <span>{t('diff.counts', { ins: diff.inserted, del: diff.deleted })}</span>}
        {diff.cosmetic.length > 0 && <span><Worded piece={t.parts('diff.cosmeticList', { list: join(diff.cosmetic.map(docText), ', ') })} /></span>}
      </p>
    </div>
  );
}

/** Key to the diff marks. */
export function DiffLegend() {
  const t = useT();
  return (
    <p className="diff-legend" aria-hidden="true">
      <ins className="diff-ins">{t('diff.insert')}</ins>
      <del className="diff-del">{t('diff.delete')}</del>
      <span className="diff-cos">{t('diff.cosmetic')}</span>
    </p>
  );
}
