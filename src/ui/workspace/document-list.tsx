/** Every document of the workspace: its role, whether it is compared, and what can be done with it. */
import { useState } from 'react';
import { useAppStore } from '../../state/use-app-store.tsx';
import { pairRoute } from '../../state/route/route.ts';
import type { Catalog, CatalogEntry, WorkspaceDoc } from '../../state/workspace/workspace-types.ts';
import { href, useRoute } from '../shared/use-route-href.ts';
import { conversionMessage, useWT } from '../i18n/ws-strings.ts';
import { entryFacts, entryTitle, entryWarnings } from '../shared/entry-labels.ts';
import { Worded } from '../shared/worded.tsx';
import { docText, plain } from '../../messages/words.ts';
import { MetaEditor } from './meta-editor.tsx';
import { ConfirmDialog } from './confirm-dialog.tsx';
import { QualityBanner } from '../shared/field/quality-note.tsx';
import { RoleNote, Signer } from '../shared/field/doc-fields.tsx';
import { useFT } from '../i18n/insight-field-strings.ts';
import { CentralToggle } from '../shared/families/central-toggle.tsx';

function Entry({ entry, catalog, doc }: { entry: CatalogEntry; catalog: Catalog; doc: WorkspaceDoc | undefined }) {
  const t = useWT();
  const ft = useFT();
  const route = useRoute();
  const setIncluded = useAppStore((s) => s.setIncluded);
  const setCentral = useAppStore((s) => s.setCentral);
  const removeDocument = useAppStore((s) => s.removeDocument);
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  // The box shows the user's choice as the store keeps it (`ws.include`, written as soon as the box
  // is clicked), else what the catalog proposes: the catalog's role ("local") follows the same rule
  // once it is computed again. A copy of the click kept in the component and dropped when the
  // re-analysis ended un-ticked the box whenever the analysis finished before the new catalog came
  // (the import worker answers it on its own): a second click then undid the first.
  const chosen = useAppStore((s) => s.workspace.ws.include[entry.key]);
  const included = chosen ?? entry.proposed;
  const title = entryTitle(t, entry.meta);
  const converted = doc ? conversionMessage(t, doc.encoding, doc.converted) : null;
  const warnings = entryWarnings(t, entry, catalog);
  const fields = entry.edited.map((f) => t(`meta.${f}`).toLocaleLowerCase('vi')).join(', ');
  return (
    <li className={`doc-entry doc-entry--${entry.role}`} data-testid="doc-entry" data-key={entry.key} data-role={entry.role} data-source={entry.source}>
      <div className="doc-entry__row">
        <div className="doc-entry__main">
          <p className="doc-entry__title">
            <strong><Worded piece={title} /></strong>
            <span className={`tag ${entry.builtin ? '' : 'tag--mine'}`}>{entry.builtin ? t('docs.builtin') : t('docs.imported')}</span>
            <span className={`role-tag role-tag--${entry.role}`}>{t(`docs.role.${entry.role}`)}</span>
          </p>
          <p className="doc-entry__facts"><Worded piece={entryFacts(t, entry.meta)} />
            {entry.meta.signer && <> · {ft('header.signer')}: <Signer meta={entry.meta} /></>}</p>
          {entry.role !== 'central' && <RoleNote meta={entry.meta} />}
          <p className="doc-entry__file">
            <Worded piece={t.parts('docs.file', { name: docText(entry.source) })} />
            {entry.tasks > 0 && <> · {t('docs.tasks', { n: entry.tasks })}</>}
            {entry.edited.length > 0 && <> · <span className="doc-entry__edited">{t('docs.edited', { fields })}</span></>}
          </p>
          {converted && <p className="doc-entry__converted">{converted}</p>}
          {warnings.length > 0 && <ul className="warnings">{warnings.map((w, i) => <li key={i}><Worded piece={w} /></li>)}</ul>}
          <QualityBanner quality={entry.quality} />
        </div>
        <div className="doc-entry__controls">
          <div className="doc-entry__primary">
          {entry.role !== 'central' && (
            <label className="check">
              <input type="checkbox" checked={included} data-testid="include"
                aria-label={t('docs.includeLabel', { name: plain(title) })}
                onChange={(e) => void setIncluded(entry.key, e.target.checked)} />
              <span aria-hidden="true">{t('docs.include')}</span>
            </label>
          )}
          {entry.role === 'local' && <a className="button button--small button--quiet" href={href(pairRoute(route, entry.id))}>{t('docs.openPair')} →</a>}
          </div>
          <div className="doc-entry__secondary">
          {entry.role !== 'central' && (
            <button type="button" className="button button--small button--quiet" onClick={() => void setCentral(entry.key)}
              data-testid="make-central">{t('docs.makeCentral')}</button>
          )}
          <CentralToggle entry={entry} />
          <button type="button" className="button button--small button--quiet" aria-expanded={editing} onClick={() => setEditing(!editing)}
            data-testid="edit">{t('docs.edit')}</button>
          {doc && (
            <button type="button" className="button button--small button--quiet button--danger-quiet" onClick={() => setConfirming(true)}
              data-testid="delete">{t('docs.delete')}</button>
          )}
          </div>
        </div>
      </div>
      {editing && <MetaEditor entry={entry} onDone={() => setEditing(false)} />}
      {confirming && doc && (
        <ConfirmDialog title={t('confirm.deleteTitle')} body={t('confirm.deleteBody', { name: doc.name })}
          confirm={t('confirm.delete')} cancel={t('confirm.cancel')}
          onConfirm={() => void removeDocument(doc.id)} onClose={() => setConfirming(false)} />
      )}
    </li>
  );
}

const ORDER = { central: 0, local: 1, parent: 2, other: 3 } as const;

/** The list: central text first, then compared documents, then the others; the user's own after the built-in ones. */
export function DocumentList({ catalog }: { catalog: Catalog }) {
  const docs = useAppStore((s) => s.workspace.ws.docs);
  const byName = new Map(docs.map((d) => [d.name, d]));
  const entries = [...catalog.entries].sort((a, b) => ORDER[a.role] - ORDER[b.role]);
  return (
    <ul className="doc-list" data-testid="doc-list">
      {entries.map((e) => <Entry key={e.key} entry={e} catalog={catalog} doc={byName.get(e.source)} />)}
    </ul>
  );
}
