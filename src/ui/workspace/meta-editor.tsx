/** Correcting a document's detected metadata; saving re-runs the analysis. */
import { Worded } from '../shared/worded.tsx';
import { docText } from '../../messages/words.ts';
import { useId, useState, type FormEvent } from 'react';
import { useAppStore } from '../../state/use-app-store.tsx';
import { formatDate } from '../../state/format-date.ts';
import { EDITABLE_FIELDS, type CatalogEntry, type EditableField, type MetaPatch } from '../../state/workspace/workspace-types.ts';
import { useWT } from '../i18n/ws-strings.ts';

/** "12/06/2023", "12-6-2023" or "2023-06-12" → "2023-06-12"; empty → null; anything else → undefined. */
export function parseDate(value: string): string | null | undefined {
  const v = value.trim();
  if (!v) return null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(v);
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/u.exec(v);
  const [y, m, d] = iso ? [iso[1]!, iso[2]!, iso[3]!] : dmy ? [dmy[3]!, dmy[2]!.padStart(2, '0'), dmy[1]!.padStart(2, '0')] : [];
  if (!y || !m || !d) return undefined;
  const date = new Date(`${y}-${m}-${d}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== `${y}-${m}-${d}`) return undefined;
  return `${y}-${m}-${d}`;
}

/** Inline form for one document. */
export function MetaEditor({ entry, onDone }: { entry: CatalogEntry; onDone: () => void }) {
  const t = useWT();
  const editMeta = useAppStore((s) => s.editMeta);
  const id = useId();
  const [values, setValues] = useState<Record<EditableField, string>>(() => Object.fromEntries(
    EDITABLE_FIELDS.map((f) => [f, (f === 'date' ? formatDate(entry.meta.date) : entry.meta[f]) ?? '']),
  ) as Record<EditableField, string>);
  const [dateError, setDateError] = useState(false);
  const save = (e: FormEvent) => {
    e.preventDefault();
    const date = parseDate(values.date);
    if (date === undefined) { setDateError(true); return; }
    const patch: MetaPatch = {};
    for (const f of EDITABLE_FIELDS) {
      const v = f === 'date' ? date ?? '' : values[f].trim();
      if (v !== (entry.detected[f] ?? '')) patch[f] = v || null;
    }
    onDone();
    void editMeta(entry.key, patch);
  };
  const reset = () => { onDone(); void editMeta(entry.key, null); };
  return (
    <form className="meta-editor" onSubmit={save} aria-label={t('meta.title')} data-testid="meta-editor">
      <div className="meta-editor__grid">
        {EDITABLE_FIELDS.map((f) => {
          const detected = entry.detected[f];
          return (
            <label key={f} className="field" htmlFor={`${id}-${f}`}>
              <span className="field__label">{t(`meta.${f}`)}</span>
              <input id={`${id}-${f}`} name={f} type="text" value={values[f]} maxLength={300}
                placeholder={f === 'date' ? t('meta.datePlaceholder') : undefined} inputMode={f === 'date' ? 'numeric' : undefined}
                aria-invalid={f === 'date' && dateError ? true : undefined} aria-describedby={f === 'date' && dateError ? `${id}-date-error` : undefined}
                onChange={(e) => { const v = e.target.value; setValues((old) => ({ ...old, [f]: v })); if (f === 'date') setDateError(false); }} />
              <span className="field__hint"><Worded piece={t.parts('meta.detected', { value: detected === null ? t('meta.none') : docText((f === 'date' ? formatDate(detected) : detected) ?? detected) })} /></span>
              {f === 'date' && dateError && <span className="field__error" id={`${id}-date-error`} role="alert">{t('meta.dateInvalid')}</span>}
            </label>
          );
        })}
      </div>
      <div className="meta-editor__actions">
        <button type="submit" className="button" data-testid="meta-save">{t('meta.save')}</button>
        {entry.edited.length > 0 && <button type="button" className="button button--quiet" onClick={reset}>{t('meta.reset')}</button>}
        <button type="button" className="button button--quiet" onClick={onDone}>{t('meta.cancel')}</button>
      </div>
    </form>
  );
}
