/**
 * What the insights add to a local clause in the pair view: for an added clause, its likely source
 * in a parent document or "genuinely local"; for a clause with localization rules, the rules, and a
 * "localized wording" badge when they are its only changes.
 */
import type { ClauseResult } from '../../../core/types.ts';
import type { InsightsBundle } from '../../../state/insights/insights-compute.ts';
import { highlightShared, localProvenance } from '../../../state/combine/combine-provenance.ts';
import { isLocalized, rulesOfClause, type RulePhrase } from '../../../state/combine/combine-rules.ts';
import { HOME } from '../../../state/route/route.ts';
import { useAppStore } from '../../../state/use-app-store.tsx';
import { useT } from '../../i18n/use-t.ts';
import { href, useRoute } from '../use-route-href.ts';
import { DiffView } from '../diff-view.tsx';
import { RuleText } from './rule-text.tsx';
import { DOC_TEXT, Worded } from '../worded.tsx';
import { clauseLabel } from '../labels.ts';
import { docText, join, quoted } from '../../../messages/words.ts';
import { useInsights } from './use-insights.tsx';

/** The local document of the pair view on screen (the first one when the URL names none). */
export function usePairDoc(): string | null {
  const route = useRoute();
  const first = useAppStore((s) => s.analysis.result?.documents[0]?.doc.id ?? null);
  return route.doc ?? first;
}

/** Source in a parent document, or genuinely local, for an added clause. */
export function ProvenanceNote({ bundle, doc, clause }: { bundle: InsightsBundle; doc: string; clause: string }) {
  const t = useT();
  const p = localProvenance(bundle, doc, clause);
  if (!p) return null;
  if (p.kind === 'local') {
    const names = join(p.parents.map((x) => docText(x.name)), ', ');
    return (
      <div className="insight-box insight-box--local" data-testid="provenance-local">
        <p className="insight-box__head"><span className="badge badge--genuine">{t('prov.local')}</span></p>
        <p className="insight-box__meta">{p.parents.length ? <Worded piece={t.parts('prov.localDesc', { parents: names })} /> : t('prov.localNoParents')}</p>
      </div>
    );
  }
  const { segments, phrases } = highlightShared(p.link.text, p.link.shared);
  const parent = p.parent?.name ?? p.link.doc;
  return (
    <div className="insight-box insight-box--source" data-testid="provenance-source">
      <p className="insight-box__head">
        <span className="badge badge--source"><Worded piece={t.parts('prov.source', { parent: docText(parent), clause: clauseLabel(t, p.link.clause) })} /></span>
        <span>{t('prov.similarity', { pct: Math.round(p.link.similarity * 100) })}</span>
      </p>
      <p className="insight-box__text" {...DOC_TEXT}>
        {segments.map((s, i) => (s.shared ? <mark key={i} className="shared-word">{s.text}</mark> : <span key={i}>{s.text}</span>))}
      </p>
      <p className="insight-box__meta">
        {phrases.length > 0 && <><Worded piece={t.parts('prov.shared', { list: join(phrases.map(quoted), ', ') })} />. </>}
        {t('prov.stillAdded')}
      </p>
    </div>
  );
}

/** The rules of a clause, numbered as in its diff; the localized-wording badge when they are its only changes. */
export function LocalizedNote({ bundle, doc, clause, rules }: { bundle: InsightsBundle; doc: string; clause: string; rules: readonly RulePhrase[] }) {
  const t = useT();
  const route = useRoute();
  if (!rules.length) return null;
  const localized = isLocalized(bundle.insights.rules, doc, clause);
  const full = (id: string) => bundle.insights.rules.rules.find((r) => r.id === id);
  return (
    <div className={`insight-box${localized ? ' insight-box--localized' : ''}`} data-testid="localized-note">
      <p className="insight-box__head">
        {localized && <span className="badge badge--localized" data-testid="localized-badge">{t('localized.badge')}</span>}
        <span>{t('localized.rules')}</span>
        <a className="insight-box__link" href={href({ ...HOME, view: 'rules', lang: route.lang })}>{t('localized.open')}</a>
      </p>
      {localized && <p className="insight-box__meta">{t('localized.desc')}</p>}
      <ol className="insight-box__rules">
        {rules.map((r) => {
          const f = full(r.id);
          return (
            <li key={r.id}>
              <RuleText rule={r} />
              {f && <small>{t('localized.ruleCount', { n: f.count, docs: Object.keys(f.documents).length })}</small>}
            </li>
          );
        })}
      </ol>
    </div>
  );
}

/** The insights of one local clause result, and its diff with the rules marked. */
export function ClauseInsights({ result }: { result: ClauseResult }) {
  const bundle = useInsights();
  const doc = usePairDoc();
  const rules = bundle && doc ? rulesOfClause(bundle.insights.rules, doc, result.clause.id) : [];
  return (
    <>
      {result.diff && result.class !== 'added' && <DiffView diff={result.diff} rules={rules} effects={result.effects} />}
      {bundle && doc && result.class === 'added' && <ProvenanceNote bundle={bundle} doc={doc} clause={result.clause.id} />}
      {bundle && doc && result.class !== 'added' && <LocalizedNote bundle={bundle} doc={doc} clause={result.clause.id} rules={rules} />}
    </>
  );
}

/** A local clause's word diff with its localization rules marked, and the badge when it is localized wording (clause view). */
export function InsightDiff({ doc, result }: { doc: string; result: ClauseResult }) {
  const t = useT();
  const bundle = useInsights();
  if (!result.diff) return null;
  const rules = bundle ? rulesOfClause(bundle.insights.rules, doc, result.clause.id) : [];
  const localized = bundle ? isLocalized(bundle.insights.rules, doc, result.clause.id) : false;
  return (
    <>
      {localized && <p className="insight-line"><span className="badge badge--localized" title={t('localized.desc')}>{t('localized.badge')}</span></p>}
      <DiffView diff={result.diff} rules={rules} effects={result.effects} />
      {rules.length > 0 && (
        <p className="insight-line insight-line--rules">
          {rules.map((r, i) => <span key={r.id}><sup className="diff-rule__n">{i + 1}</sup> <RuleText rule={r} /></span>)}
        </p>
      )}
    </>
  );
}
