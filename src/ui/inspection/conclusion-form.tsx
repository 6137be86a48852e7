/** The reviewer's conclusion, place and signer of one document's report: written here, kept with the decisions. */
import { useState, type FormEvent } from 'react';
import type { ReviewConclusion } from '../../core/review-types.ts';
import { useAppStore } from '../../state/use-app-store.tsx';
import { useRT } from '../i18n/review-strings.ts';
import { DOC_TEXT } from '../shared/worded.tsx';

export function ConclusionForm({ document, current }: { document: string; current: ReviewConclusion | null }) {
  const t = useRT();
  const save = useAppStore((s) => s.setConclusion);
  const reviewer = useAppStore((s) => s.reviews.data.reviewer);
  const [text, setText] = useState(current?.text ?? '');
  const [place, setPlace] = useState(current?.place ?? '');
  const [signer, setSigner] = useState(current?.signer ?? reviewer ?? '');
  const [title, setTitle] = useState(current?.signerTitle ?? '');
  const [saved, setSaved] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const c: ReviewConclusion = {
      document, text: text.trim(),
      ...(place.trim() ? { place: place.trim() } : {}), ...(signer.trim() ? { signer: signer.trim() } : {}), ...(title.trim() ? { signerTitle: title.trim() } : {}),
    };
    void save(c).then(() => setSaved(true));
  };
  return (
    <form className="insp__form no-print" onSubmit={submit} aria-label={t('insp.conclusion.edit')} data-testid="conclusion-form">
      <h3>{t('insp.conclusion.edit')}</h3>
      <label className="review__field">{t('insp.conclusion.text')}
        <textarea rows={5} value={text} onChange={(e) => { setText(e.currentTarget.value); setSaved(false); }} data-testid="conclusion-text" {...DOC_TEXT} />
      </label>
      <div className="insp__form-row">
        <label className="review__field">{t('insp.conclusion.place')}<input value={place} onChange={(e) => { setPlace(e.currentTarget.value); setSaved(false); }} data-testid="conclusion-place" /></label>
        <label className="review__field">{t('insp.conclusion.signer')}<input value={signer} onChange={(e) => { setSigner(e.currentTarget.value); setSaved(false); }} data-testid="conclusion-signer" /></label>
        <label className="review__field">{t('insp.conclusion.title')}<input value={title} onChange={(e) => { setTitle(e.currentTarget.value); setSaved(false); }} data-testid="conclusion-title" /></label>
      </div>
      <p className="review__actions">
        <button type="submit" className="button button--small" data-testid="conclusion-save">{t('insp.conclusion.save')}</button>
        {saved && <span role="status">{t('insp.conclusion.saved')}</span>}
      </p>
    </form>
  );
}
