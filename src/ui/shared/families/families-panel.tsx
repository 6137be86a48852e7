/**
 * The documents page's families (issue 13): each central text with the documents routed to it and
 * why, the documents in no family with their reason, and a way to move any of them by hand.
 */
import { useAppStore } from '../../../state/use-app-store.tsx';
import { pairRoute } from '../../../state/route/route.ts';
import type { FamiliesSummary, FamilySummary, Placement } from '../../../state/families/families-types.ts';
import { routeText } from '../../../messages/route-words.ts';
import type { RouteReason } from '../../../core/route.ts';
import { docText, type Piece } from '../../../messages/words.ts';
import { Worded } from '../worded.tsx';
import { useFT } from '../../i18n/family-strings.ts';
import { href, useRoute } from '../use-route-href.ts';
import { FamilyDocLabel } from './family-label.tsx';
import { useFamilies, withFamilies } from './use-families.ts';
import './families.css';

const AUTO = '\u0000auto';

/** A routing reason in words, the documents' numbers and ids in it marked as document text. */
function reasonPiece(reason: RouteReason, lang: 'vi' | 'en'): Piece {
  const text = routeText(reason, lang);
  const said = ['number', 'parent', 'cited', 'cites'].map((k) => String(reason.values[k] ?? '')).filter((v) => v.length > 1)
    .sort((a, b) => b.length - a.length);
  if (!said.length) return text;
  const re = new RegExp(`(${said.map((s) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('|')})`, 'u');
  return text.split(re).map((part, i) => (i % 2 ? docText(part) : part));
}

/** Where a document goes: back to the machine's routing, set apart, or into a family. */
function MoveSelect({ doc, summary }: { doc: Placement; summary: FamiliesSummary }) {
  const t = useFT();
  const moves = useAppStore((s) => s.workspace.ws.families?.moves ?? {});
  const updateFamilies = useAppStore((s) => s.updateFamilies);
  const value = moves[doc.key] ?? AUTO;
  const name = doc.number ?? doc.source;
  const move = (to: string) => void updateFamilies((f) => withFamilies(f, (x) => {
    const next = { ...x.moves };
    if (to === AUTO) delete next[doc.key];
    else next[doc.key] = to;
    return { ...x, moves: next };
  }));
  return (
    <select className="fam-move" value={value} onChange={(e) => move(e.target.value)} aria-label={t('fam.moveLabel', { name })} data-testid="fam-move">
      <option value={AUTO}>{t('fam.auto')}</option>
      {summary.families.map((f) => <option key={f.key} value={f.key}>{t('fam.into', { name: f.number ?? f.id })}</option>)}
      <option value="">{t('fam.apart')}</option>
    </select>
  );
}

function Why({ doc, parent, apart = false }: { doc: Placement; parent?: string | null; apart?: boolean }) {
  const t = useFT();
  if (doc.moved) return <p className="fam-doc__why">{apart ? t('fam.movedOut') : t('fam.moved')}</p>;
  return (
    <p className="fam-doc__why">
      {doc.reason && <Worded piece={t.parts('fam.why', { reason: reasonPiece(doc.reason, t.lang) })} />}
      {parent && <> (<Worded piece={t.parts('fam.through', { parent: docText(parent) })} />)</>}
    </p>
  );
}

function Family({ family, summary, main }: { family: FamilySummary; summary: FamiliesSummary; main: boolean }) {
  const t = useFT();
  const route = useRoute();
  return (
    <section className="fam-card" data-testid="family" data-central={family.number ?? family.id} aria-labelledby={`fam-${family.id}`}>
      <p className="fam-card__kicker">{main ? t('fam.main') : t('fam.central')}</p>
      <h3 className="fam-card__title" id={`fam-${family.id}`}><FamilyDocLabel doc={{ ...family, source: family.id }} /></h3>
      <p className="muted small">{t('fam.docs', { n: family.documents.length })}</p>
      {family.documents.length === 0 && <p className="muted">{t('fam.empty')}</p>}
      <ul className="fam-docs">
        {family.documents.map((d) => (
          <li key={d.key} className="fam-doc" data-testid="family-doc" data-source={d.source}>
            <div className="fam-doc__main">
              <strong><FamilyDocLabel doc={d} /></strong>
              <Why doc={d} parent={d.parent} />
            </div>
            <div className="fam-doc__controls">
              <a className="button button--small button--quiet" href={href({ ...pairRoute(route, d.id), family: family.id })}>{t('fam.open')} →</a>
              <MoveSelect doc={d} summary={summary} />
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The families and the unrouted; nothing when the workspace has one central text. */
export function FamiliesPanel() {
  const t = useFT();
  const summary = useFamilies();
  const on = useAppStore((s) => (s.workspace.ws.families?.centrals.length ?? 0) > 0);
  if (!on) return null;
  return (
    <section className="panel" aria-labelledby="families-title" id="families" data-testid="families-panel">
      <h2 id="families-title" className="panel__title">{t('fam.title')}</h2>
      <p className="panel__desc">{t('fam.desc')}</p>
      {!summary ? <p className="muted" role="status">{t('fam.pending')}</p> : (
        <>
          <div className="fam-grid">
            {summary.families.map((f, i) => <Family key={f.key} family={f} summary={summary} main={i === 0} />)}
          </div>
          <section className="fam-card fam-card--apart" aria-labelledby="unrouted-title" data-testid="unrouted">
            <h3 className="fam-card__title" id="unrouted-title">{t('fam.unrouted', { n: summary.unrouted.length })}</h3>
            <p className="muted small">{t('fam.unroutedDesc')}</p>
            <ul className="fam-docs">
              {summary.unrouted.map((d) => (
                <li key={d.key} className="fam-doc" data-testid="unrouted-doc" data-source={d.source}>
                  <div className="fam-doc__main">
                    <strong><FamilyDocLabel doc={d} /></strong>
                    <Why doc={d} apart />
                  </div>
                  <div className="fam-doc__controls"><MoveSelect doc={d} summary={summary} /></div>
                </li>
              ))}
            </ul>
          </section>
        </>
      )}
    </section>
  );
}
