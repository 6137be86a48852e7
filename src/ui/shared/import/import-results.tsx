/** One line per file of the last import: added (what was converted, what was detected, warnings) or refused (why). */
import { useAppStore } from '../../../state/use-app-store.tsx';
import { pairRoute } from '../../../state/route/route.ts';
import type { ImportItem } from '../../../state/slices/workspace-slice.ts';
import type { Catalog } from '../../../state/workspace/workspace-types.ts';
import { href, useRoute } from '../use-route-href.ts';
import { conversionMessage, useWT, warningMessage } from '../../i18n/ws-strings.ts';
import { failureParts } from '../../i18n/failure-messages.ts';
import { DOC_TEXT, Worded } from '../worded.tsx';
import { docText } from '../../../messages/words.ts';
import { entryFacts, entryTitle, entryWarnings, centralName } from '../entry-labels.ts';
import { QualityMarker } from '../field/quality-note.tsx';

function Added({ item, catalog }: { item: ImportItem; catalog: Catalog | null }) {
  const t = useWT();
  const route = useRoute();
  const entries = catalog?.entries.filter((e) => e.source === item.source) ?? [];
  const converted = conversionMessage(t, item.encoding, item.converted);
  return (
    <>
      <p className="result__head">
        <span className="result__mark" aria-hidden="true">✓</span>
        <strong>{t('import.ok')}:</strong> <span {...DOC_TEXT}>{item.name}</span>
        {item.source !== item.name && <span className="muted"> (<Worded piece={t.parts('import.savedAs', { name: docText(item.source ?? '') })} />)</span>}
      </p>
      {converted && <p className="result__converted" data-testid="converted">{converted}</p>}
      {item.warnings?.map((w) => <p key={w.code} className="result__converted" data-testid="read-warning" data-code={w.code}>{warningMessage(t, w)}</p>)}
      {entries.map((e) => (
        <div key={e.key} className="result__doc">
          <p><strong><Worded piece={entryTitle(t, e.meta)} /></strong> — <Worded piece={entryFacts(t, e.meta)} /> <QualityMarker quality={e.quality} /></p>
          <ul className="warnings">
            {entryWarnings(t, e, catalog!).map((w, i) => <li key={i}><Worded piece={w} /></li>)}
            {e.role === 'local' && (
              <li className="warnings__ok">
                <Worded piece={t.parts('warn.compared', { central: centralName(t, catalog!) })} />{' '}
                <a href={href(pairRoute(route, e.id))}>{t('import.open')} →</a>
              </li>
            )}
          </ul>
        </div>
      ))}
    </>
  );
}

/** Results of the last import, announced to screen readers. */
export function ImportResults() {
  const t = useWT();
  const { lang } = useRoute();
  const items = useAppStore((s) => s.workspace.lastImport);
  const catalog = useAppStore((s) => s.workspace.catalog);
  const dismiss = useAppStore((s) => s.dismissImport);
  const refused = items.some((i) => !i.ok);
  return (
    <div aria-live="polite" data-testid="import-results">
      {items.length > 0 && (
        <div className="results">
          <div className="results__head">
            <h3 className="results__title">{t('import.results')}</h3>
            <button type="button" className="button button--small button--quiet" onClick={dismiss}>{t('import.dismiss')}</button>
          </div>
          <ul className="results__list">
            {items.map((item, i) => (
              <li key={`${item.name}-${i}`} className={`result result--${item.ok ? 'ok' : 'refused'}`} data-testid="import-item"
                data-ok={item.ok} data-code={item.code ?? ''}>
                {item.ok ? <Added item={item} catalog={catalog} /> : (
                  <p className="result__head" role="alert">
                    <span className="result__mark" aria-hidden="true">✕</span>
                    <strong>{t('import.refused')}:</strong> <span data-testid="import-error"><Worded piece={failureParts(lang, { code: item.code ?? 'INTERNAL', source: item.name, detail: item.detail, ...(item.amount === undefined ? {} : { amount: item.amount }) })} /></span>
                  </p>
                )}
              </li>
            ))}
          </ul>
          {refused && <p className="results__note muted">{t('import.nothingLost')}</p>}
        </div>
      )}
    </div>
  );
}
