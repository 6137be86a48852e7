/**
 * The documents page: add documents (files, pasted text), choose the central text and the documents
 * compared with it, correct metadata, delete, and keep or move the whole workspace as one file.
 * Shown whatever state the analysis is in, so a workspace can always be repaired.
 */
import { useCallback } from 'react';
import { useAppStore } from '../../state/use-app-store.tsx';
import { ImportPanel } from '../shared/import/import-panel.tsx';
import { useWindowFileDrop } from '../shared/import/use-file-drop.ts';
import { DocumentList } from './document-list.tsx';
import { WorkspaceFilePanel } from './workspace-file-panel.tsx';
import { RepairList, SkippedList } from './repair-list.tsx';
import { useWT } from '../i18n/ws-strings.ts';
import { entryFacts, entryTitle } from '../shared/entry-labels.ts';
import { DOC_TEXT, Worded } from '../shared/worded.tsx';
import { FamiliesPanel } from '../shared/families/families-panel.tsx';
import './workspace.css';

function Notice() {
  const t = useWT();
  const notice = useAppStore((s) => s.workspace.notice);
  const storageError = useAppStore((s) => s.workspace.storageError);
  return (
    <div aria-live="polite" data-testid="workspace-notice">
      {storageError && <p className="notice notice--warn" role="alert">{t('docs.storageError')}</p>}
      {notice?.kind === 'removed' && <p className="notice">{t('docs.removed', { name: notice.name })}</p>}
      {notice?.kind === 'merged' && <p className="notice">{t('file.merged', { added: notice.added })}</p>}
      {notice?.kind === 'merged' && <SkippedList skipped={notice.skipped} />}
      {notice?.kind === 'mergeFailed' && <p className="notice notice--warn" role="alert">{t(`file.${notice.reason}`)}</p>}
    </div>
  );
}

function CentralPanel() {
  const t = useWT();
  const catalog = useAppStore((s) => s.workspace.catalog);
  const chosen = useAppStore((s) => s.workspace.ws.central);
  const setCentral = useAppStore((s) => s.setCentral);
  const manifestCentral = useAppStore((s) => s.corpus.input?.manifest.central ?? null);
  const central = catalog?.entries.find((e) => e.role === 'central');
  if (!central) return null;
  return (
    <section className="central-card central-card--compact" aria-labelledby="docs-central-title">
      <p className="central-card__kicker">{t('docs.central')}</p>
      <h2 id="docs-central-title" className="central-card__title" data-testid="docs-central"><Worded piece={entryTitle(t, central.meta)} /></h2>
      {central.meta.title && <p className="central-card__subject" {...DOC_TEXT}>{central.meta.title}</p>}
      <p className="doc-entry__facts"><Worded piece={entryFacts(t, central.meta)} /></p>
      {chosen !== null && manifestCentral && (
        <button type="button" className="button button--quiet button--small" onClick={() => void setCentral(null)}>
          {t('docs.centralReset', { number: manifestCentral })}
        </button>
      )}
    </section>
  );
}

/** The page. */
export default function DocumentsPage() {
  const t = useWT();
  const catalog = useAppStore((s) => s.workspace.catalog);
  const catalogError = useAppStore((s) => s.workspace.catalogError);
  const analysing = useAppStore((s) => s.analysis.status === 'loading' || s.corpus.status === 'loading');
  const importFiles = useAppStore((s) => s.importFiles);
  const onFiles = useCallback((files: File[]) => void importFiles(files), [importFiles]);
  useWindowFileDrop(onFiles);
  return (
    <div className="page page--documents">
      <header className="page-head">
        <h1>{t('docs.title')}</h1>
        <p className="page-head__intro">{t('docs.intro')}</p>
        <p className="page-head__status" aria-live="polite">
          {analysing && <><span className="spinner" aria-hidden="true" /> {t('docs.analyzing')}</>}
        </p>
        <Notice />
      </header>
      <ImportPanel />
      <CentralPanel />
      <FamiliesPanel />
      <section className="panel" aria-labelledby="doc-list-title" id="doc-list">
        <h2 id="doc-list-title" className="panel__title">{t('docs.list', { n: catalog?.entries.length ?? 0 })}</h2>
        <p className="panel__desc">{t('docs.listDesc')}</p>
        {catalogError && !catalog && <p className="notice notice--warn" role="alert">{t('repair.catalogError', { reason: catalogError })}</p>}
        {catalog ? <DocumentList catalog={catalog} /> : !catalogError && <p className="muted" role="status">{t('docs.loading')}</p>}
        <RepairList />
        <p className="muted small">{t('docs.stored')}</p>
      </section>
      <WorkspaceFilePanel />
    </div>
  );
}
