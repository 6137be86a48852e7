/** Adding documents: a drop zone with a file picker, a paste box, progress and one result per file. */
import { useCallback, useEffect, useId, useRef, useState, type DragEvent } from 'react';
import { useAppStore } from '../../../state/use-app-store.tsx';
import { ImportResults } from './import-results.tsx';
import { useWT } from '../../i18n/ws-strings.ts';
import { takePasteRequest } from './paste-request.ts';
import { UploadIcon } from './upload-icon.tsx';
import { ACCEPT } from './accept.ts';
import { BenchOffer } from './bench-offer.tsx';


/** The import panel of the documents page. */
export function ImportPanel() {
  const t = useWT();
  const importFiles = useAppStore((s) => s.importFiles);
  const importText = useAppStore((s) => s.importText);
  const reading = useAppStore((s) => s.workspace.reading);
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const [text, setText] = useState('');
  const [name, setName] = useState('');
  const [empty, setEmpty] = useState(false);
  const ids = useId();
  const [pasteFirst] = useState(takePasteRequest);
  const pasteBox = useRef<HTMLTextAreaElement>(null);
  useEffect(() => { if (pasteFirst) pasteBox.current?.focus(); }, [pasteFirst]);

  const onDrop = useCallback((e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    e.stopPropagation();
    setOver(false);
    const files = [...e.dataTransfer.files];
    if (files.length) void importFiles(files);
  }, [importFiles]);

  const addPaste = async () => {
    if (!text.trim()) { setEmpty(true); return; }
    setEmpty(false);
    const item = await importText(text, name.trim() || undefined);
    if (item.ok) { setText(''); setName(''); }
  };

  return (
    <section className="panel import" aria-labelledby="import-title" id="import">
      <h2 id="import-title" className="panel__title">{t('import.title')}</h2>
      <div className={`dropzone ${over ? 'dropzone--over' : ''}`} data-testid="dropzone"
        onDragOver={(e) => { e.preventDefault(); setOver(true); }} onDragLeave={() => setOver(false)} onDrop={onDrop}>
        <p className="dropzone__main">
          <span className="dropzone__icon"><UploadIcon size={26} /></span> {t('import.drop')} <span className="muted">{t('import.or')}</span>{' '}
          <button type="button" className="button" onClick={() => input.current?.click()}>{t('import.choose')}</button>
        </p>
        <p className="dropzone__hint">{t('import.formats')}</p>
        <input ref={input} type="file" multiple accept={ACCEPT} className="visually-hidden" tabIndex={-1} aria-hidden="true"
          data-testid="file-input"
          onChange={(e) => {
            const files = [...(e.currentTarget.files ?? [])];
            e.currentTarget.value = '';
            if (files.length) void importFiles(files);
          }} />
      </div>
      <div aria-live="polite" className="import__reading">
        {reading.map((n, i) => <p key={`${n}-${i}`} className="import__progress" role="status"><span className="spinner" aria-hidden="true" /> {t('import.reading', { name: n })}</p>)}
      </div>
      <ImportResults />
      <details className="paste" id="paste" open={pasteFirst}>
        <summary>{t('import.paste')}</summary>
        <div className="paste__body">
          <label htmlFor={`${ids}-text`} className="field__label">{t('import.pasteLabel')}</label>
          <textarea ref={pasteBox} id={`${ids}-text`} className="paste__text" rows={10} value={text} spellCheck={false} data-testid="paste-text"
            placeholder={t('import.pastePlaceholder')} onChange={(e) => { setText(e.target.value); setEmpty(false); }} />
          <div className="paste__row">
            <label className="field">
              <span className="field__label">{t('import.pasteName')}</span>
              <input type="text" value={name} onChange={(e) => setName(e.target.value)} maxLength={120} data-testid="paste-name" />
            </label>
            <button type="button" className="button" onClick={() => void addPaste()} data-testid="paste-add">{t('import.pasteAdd')}</button>
          </div>
          {empty && <p className="field__error" role="alert">{t('import.pasteEmpty')}</p>}
        </div>
      </details>
      <BenchOffer />
    </section>
  );
}
