/**
 * What a change does (issue 12) on screen: a badge per effect kind on a clause, and in the clause
 * detail each effect explained from its code and values, with the words that show it on each side.
 */
import type { Effect, EffectKind } from '../../../core/effects.ts';
import { EFFECT_KINDS } from '../../../core/effects.ts';
import { quoted } from '../../../messages/words.ts';
import { effectKindLabel } from '../../../messages/effect-kinds.ts';
import { useFT } from '../../i18n/insight-field-strings.ts';
import { Worded } from '../worded.tsx';
import { wordEffect } from './field-words.ts';
import './field.css';

/** The kinds of `effects`, each once, in `EFFECT_KINDS` order. */
export function kindsOf(effects: readonly Effect[] | undefined): EffectKind[] {
  const has = new Set((effects ?? []).map((e) => e.kind));
  return EFFECT_KINDS.filter((k) => has.has(k));
}

/** One badge per kind ("Làm nhẹ", "Địa phương hóa"); nothing when there is none. */
export function EffectBadges({ kinds }: { kinds: readonly EffectKind[] }) {
  const t = useFT();
  if (!kinds.length) return null;
  return (
    <span className="effect-badges" data-testid="effect-badges">
      {kinds.map((k) => <span key={k} className={`effect-badge effect-badge--${k}`} data-effect={k}>{effectKindLabel(t.lang, k)}</span>)}
    </span>
  );
}

/** Each effect explained, weakenings first; nothing when the change does nothing. */
export function EffectList({ effects }: { effects: readonly Effect[] | undefined }) {
  const t = useFT();
  const list = [...(effects ?? [])].sort((a, b) => EFFECT_KINDS.indexOf(a.kind) - EFFECT_KINDS.indexOf(b.kind));
  if (!list.length) return null;
  return (
    <div className="effects" data-testid="effect-list">
      <p className="detail__label">{t('effects.title')}:</p>
      <ul className="effect-list">
        {list.map((e, i) => (
          <li key={i} data-effect={e.kind} data-code={e.code}>
            <span className={`effect-badge effect-badge--${e.kind}`}>{effectKindLabel(t.lang, e.kind)}</span>{' '}
            <Worded piece={wordEffect(t.lang, e)} />
            {(e.evidence.central || e.evidence.local) && e.kind !== 'reworded' && (
              <span className="effect-list__evidence">
                <Worded piece={t.parts('effects.evidence', { central: e.evidence.central ? quoted(e.evidence.central) : '—', local: e.evidence.local ? quoted(e.evidence.local) : '—' })} />
              </span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
