/** The correction form of one clause: class and counterparts (local), carried or omitted (central), a reason, the reviewer's name once. */
import { useId, useState, type FormEvent } from 'react';
import type { Analysis, CentralResult, ClauseResult, DocumentAnalysis, LocalClass } from '../../../core/types.ts';
import { CLASS_LABEL } from '../../../export/labels.ts';
import { useRT } from '../../i18n/review-strings.ts';
import { DOC_TEXT } from '../worded.tsx';

/** What the form gives back. */
export type Draft = { readonly name: string; readonly note: string } & (
  | { readonly kind: 'clause'; readonly class: LocalClass; readonly central: readonly string[] }
  | { readonly kind: 'central'; readonly status: 'carried' | 'omitted'; readonly by: string | null }
);

interface Props {
  readonly side: 'local' | 'central';
  readonly local: ClauseResult | undefined;
  readonly central: CentralResult | undefined;
  readonly doc: DocumentAnalysis;
  readonly analysis: Analysis;
  readonly reviewer: string | null;
  readonly onSave: (d: Draft) => void | Promise<void>;
  readonly onCancel: () => void;
}

const CLASSES: readonly LocalClass[] = ['verbatim', 'adapted', 'added'];

/** Ids typed by the reviewer ("3-1, 4-2" or "3-1 4-2"), each once. */
const splitIds = (s: string) => [...new Set(s.split(/[\s,;]+/u).map((x) => x.trim()).filter(Boolean))];

export function ReviewForm({ side, local, central, doc, analysis, reviewer, onSave, onCancel }: Props) {
  const t = useRT();
  const uid = useId();
  const [cls, setCls] = useState<LocalClass>(local?.class ?? 'adapted');
  const [ids, setIds] = useState((local?.central ?? []).join(', '));
  const [status, setStatus] = useState<'carried' | 'omitted'>(central?.status === 'omitted' ? 'carried' : 'omitted');
  const [by, setBy] = useState<string>(central?.by[0] ?? '');
  const [note, setNote] = useState('');
  const [name, setName] = useState(reviewer ?? '');
  const [error, setError] = useState<string | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim()) { setError(t('review.error.name')); return; }
    if (side === 'local') {
      const list = cls === 'added' ? [] : splitIds(ids);
      const unknown = list.filter((id) => !analysis.centralClauses.some((c) => c.id === id));
      if (unknown.length) { setError(t('review.error.unknown', { ids: unknown.join(', ') })); return; }
      if (cls !== 'added' && !list.length) { setError(t('review.error.central')); return; }
      void onSave({ kind: 'clause', class: cls, central: list, note: note.trim(), name: name.trim() });
    } else {
      void onSave({ kind: 'central', status, by: status === 'carried' && by ? by : null, note: note.trim(), name: name.trim() });
    }
  };
  return (
    <form className="review__form" onSubmit={submit} aria-label={t('review.form')} data-testid="review-form">
      {side === 'local' ? (
        <>
          <fieldset className="review__choices">
            <legend>{t('review.class')}</legend>
            {CLASSES.map((c) => (
              <label key={c}><input type="radio" name={`${uid}-cls`} value={c} checked={cls === c} onChange={() => setCls(c)} /> {CLASS_LABEL[t.lang][c]}</label>
            ))}
          </fieldset>
          {cls !== 'added' && (
            <label className="review__field">{t('review.central')}
              <input type="text" value={ids} onChange={(e) => setIds(e.currentTarget.value)} placeholder={t('review.centralHint')} data-testid="review-central" list={`${uid}-ids`} />
              <datalist id={`${uid}-ids`}>{analysis.centralClauses.map((c) => <option key={c.id} value={c.id}>{c.text.slice(0, 80)}</option>)}</datalist>
            </label>
          )}
        </>
      ) : (
        <>
          <fieldset className="review__choices">
            <legend>{t('review.status')}</legend>
            {(['carried', 'omitted'] as const).map((s) => (
              <label key={s}><input type="radio" name={`${uid}-st`} value={s} checked={status === s} onChange={() => setStatus(s)} /> {t(`review.${s}`)}</label>
            ))}
          </fieldset>
          {status === 'carried' && (
            <label className="review__field">{t('review.by')}
              <select value={by} onChange={(e) => setBy(e.currentTarget.value)} data-testid="review-by">
                <option value="">{t('review.byNone')}</option>
                {doc.clauses.map((r) => <option key={r.clause.id} value={r.clause.id}>{r.clause.id} — {r.clause.text.slice(0, 70)}</option>)}
              </select>
            </label>
          )}
        </>
      )}
      <label className="review__field">{t('review.noteLabel')}
        <textarea rows={3} value={note} onChange={(e) => setNote(e.currentTarget.value)} placeholder={t('review.notePlaceholder')} data-testid="review-note-input" {...DOC_TEXT} />
      </label>
      {!reviewer && (
        <label className="review__field">{t('review.name')} <span className="muted">{t('review.nameHint')}</span>
          <input type="text" value={name} onChange={(e) => setName(e.currentTarget.value)} autoComplete="name" data-testid="review-name" {...DOC_TEXT} />
        </label>
      )}
      {error && <p className="review__error" role="alert">{error}</p>}
      <p className="review__actions">
        <button type="submit" className="button button--small" data-testid="review-save">{t('review.save')}</button>
        <button type="button" className="button button--small button--quiet" onClick={onCancel}>{t('review.cancel')}</button>
      </p>
    </form>
  );
}
