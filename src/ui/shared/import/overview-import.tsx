/** The way in from the overview: add your own documents (file picker, drop, paste) or manage them. */
import { useCallback, useRef, useState } from 'react';
import { useAppStore } from '../../../state/use-app-store.tsx';
import { HOME } from '../../../state/route/route.ts';
import { href, useRoute } from '../use-route-href.ts';
import { useWT } from '../../i18n/ws-strings.ts';
import { ACCEPT } from './accept.ts';
import { useWindowFileDrop } from './use-file-drop.ts';
import { requestPaste } from './paste-request.ts';
import { UploadIcon } from './upload-icon.tsx';
import './import.css';

/** A slim card under the central text. Files chosen or dropped here are read and shown on the documents page. */
export function OverviewImport() {
  const t = useWT();
  const route = useRoute();
  const importFiles = useAppStore((s) => s.importFiles);
  const navigate = useAppStore((s) => s.navigate);
  const count = useAppStore((s) => s.workspace.ws.docs.length);
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const docs = { ...HOME, view: 'documents' as const, lang: route.lang };
  // The benchmark corpus is not the user's: nothing is imported into it (see bench-mode.ts).
  const bench = useAppStore((s) => s.bench.kind !== 'off');
  const onFiles = useCallback((files: File[]) => {
    if (bench) return;
    navigate({ ...HOME, view: 'documents', lang: route.lang });
    void importFiles(files);
  }, [bench, importFiles, navigate, route.lang]);
  useWindowFileDrop(onFiles);
  if (bench) return null;
  return (
    <section className={`import-card no-print ${over ? 'import-card--over' : ''}`} aria-labelledby="import-card-title" data-testid="overview-import"
      onDragOver={(e) => { e.preventDefault(); setOver(true); }} onDragLeave={() => setOver(false)}
      onDrop={(e) => { e.preventDefault(); e.stopPropagation(); setOver(false); const f = [...e.dataTransfer.files]; if (f.length) onFiles(f); }}>
      <div className="import-card__text">
        <h2 id="import-card-title" className="import-card__title">{t('overview.import.title')}</h2>
        <p className="import-card__desc">{t('overview.import.desc')} <span className="muted">{t('overview.import.dropHint')}</span></p>
      </div>
      <div className="import-card__actions">
        <button type="button" className="button" onClick={() => input.current?.click()} data-testid="overview-choose">
          <UploadIcon /> {t('import.choose')}
        </button>
        <a className="button button--quiet" href={`${href(docs)}`} data-testid="overview-paste"
          onClick={(e) => { e.preventDefault(); requestPaste(); navigate(docs); }}>
          {t('import.paste')}
        </a>
        <a className="button button--quiet" href={href(docs)} data-testid="overview-manage">{t('overview.import.manage', { n: count })}</a>
        <input ref={input} type="file" multiple accept={ACCEPT} className="visually-hidden" tabIndex={-1} aria-hidden="true"
          data-testid="overview-file-input"
          onChange={(e) => { const f = [...(e.currentTarget.files ?? [])]; e.currentTarget.value = ''; if (f.length) onFiles(f); }} />
      </div>
    </section>
  );
}
