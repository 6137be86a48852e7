/**
 * The pair view of a document that implements another local document (issue 13): what it does with
 * its parent (origins of its clauses, omissions against the parent and through it the root), and,
 * for the local clause selected, its chain root ↔ parent ↔ child with the texts at each level.
 */
import { useMemo } from 'react';
import type { Analysis } from '../../../core/types.ts';
import type { Origin } from '../../../core/chain.ts';
import { chainLevels, chainSummary, clauseOrigin, type ChainLevel } from '../../../state/families/families-chain.ts';
import { pairRoute } from '../../../state/route/route.ts';
import { useFT } from '../../i18n/family-strings.ts';
import { useT } from '../../i18n/use-t.ts';
import { clauseLabel } from '../labels.ts';
import { DOC_TEXT, Worded } from '../worded.tsx';
import { docText, type Piece } from '../../../messages/words.ts';
import { docTitle, kindName } from '../../../messages/kinds.ts';
import { href, useRoute } from '../use-route-href.ts';
import './families.css';

function OriginTag({ origin }: { origin: Origin }) {
  const t = useFT();
  return <span className={`origin-tag origin-tag--${origin}`} data-testid="chain-origin" data-origin={origin}>{t('chain.origin', { origin: t(`chain.origin.${origin}`) })}</span>;
}

/** "Hướng dẫn · Ban Thường trực … tỉnh Quảng Ninh" for a document printed without a number; kind and number otherwise. */
function docName(lang: 'vi' | 'en', d: { kind: string | null; number: string | null; issuer: string | null; id: string }): Piece {
  if (d.number) return docTitle(lang, d.kind, d.number, '');
  return [d.kind ? [kindName(lang, d.kind), ' · '] : '', docText(d.issuer ?? d.id)];
}

function Level({ level, n }: { level: ChainLevel; n: number }) {
  const t = useFT();
  const tt = useT();
  const route = useRoute();
  const head = level.role === 'root' ? t('chain.root') : level.role === 'parent' ? t('chain.parent') : t('chain.self');
  return (
    <li className={`chain-level chain-level--${level.role}`} data-testid="chain-level" data-role={level.role}>
      <p className="chain-level__head">
        {t('chain.level', { n })} · {head} · {level.role === 'parent'
          ? <a href={href(pairRoute(route, level.doc))}><Worded piece={docName(t.lang, { ...level, id: level.doc })} /></a>
          : <Worded piece={docName(t.lang, { ...level, id: level.doc })} />}
      </p>
      {level.clauses.length === 0 && <p className="muted small">{t('chain.none')}</p>}
      {level.clauses.map((c) => (
        <p key={c.id} className="chain-level__text"><span className="muted small">{clauseLabel(tt, c.id)}: </span><span {...DOC_TEXT}>{c.text}</span></p>
      ))}
    </li>
  );
}

/** Nothing for a document that implements the root directly. */
export function ChainPanel({ analysis, docId, local }: { analysis: Analysis; docId: string; local: string | null }) {
  const t = useFT();
  const s = useMemo(() => chainSummary(analysis, docId), [analysis, docId]);
  const levels = useMemo(() => (s && local ? chainLevels(analysis, docId, local) : []), [analysis, docId, local, s]);
  if (!s) return null;
  const origin = local ? clauseOrigin(analysis, docId, local) : null;
  // Root at the top, the document itself at the bottom: the order a directive comes down.
  const down = [...levels].reverse();
  return (
    <section className="panel chain-view" aria-labelledby="chain-title" data-testid="chain-panel">
      <h2 id="chain-title" className="panel__title">{t('chain.title')}</h2>
      <p><Worded piece={t.parts('chain.summary', { parent: docName(t.lang, s.parent), depth: s.depth, central: s.origins.central, fromParent: s.origins.parent, own: s.origins.own })} /></p>
      <p className="muted">{t('chain.omitted', { parent: s.omitted.parent, root: s.omitted.root, dropped: s.omitted.dropped })}</p>
      {origin && <p><OriginTag origin={origin} /></p>}
      {down.length > 0 && (
        <>
          <p className="muted small">{t('chain.desc')}</p>
          <ol className="chain-levels" data-testid="chain-levels">
            {down.map((l, i) => <Level key={`${l.role}-${l.doc}`} level={l} n={i + 1} />)}
          </ol>
        </>
      )}
    </section>
  );
}
