/**
 * The reviewer's name on the review bar, changed in place: "Đổi tên" opens a field holding the
 * name, Enter or "Lưu" saves it for the decisions made from now on, Escape or "Hủy" leaves it as
 * it was. (It was a browser prompt: a modal box outside the page's language, look and keyboard
 * order, which some browsers suppress.)
 */
import { useEffect, useRef, useState } from 'react';
import { useAppStore } from '../../../state/use-app-store.tsx';
import { useRT } from '../../i18n/review-strings.ts';
import { DOC_TEXT } from '../worded.tsx';
import { content, marked } from './marked.tsx';

export function ReviewerName({ reviewer }: { reviewer: string }) {
  const t = useRT();
  const setReviewer = useAppStore((s) => s.setReviewer);
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(reviewer);
  const field = useRef<HTMLInputElement>(null);
  const change = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  useEffect(() => {
    if (editing) { field.current?.focus(); field.current?.select(); }
    else if (wasEditing.current) change.current?.focus(); // back where the keyboard was
    wasEditing.current = editing;
  }, [editing]);

  if (!editing) {
    return (
      <span className="reviewer-name__shown">{marked((v) => t('bar.reviewerName', v), { name: content(reviewer) })}{' '}
        <button type="button" ref={change} className="link-button" data-testid="reviewer-change"
          onClick={() => { setName(reviewer); setEditing(true); }}>{t('bar.changeName')}</button>
      </span>
    );
  }
  const save = () => {
    if (name.trim()) void setReviewer(name);
    setEditing(false);
  };
  return (
    <form className="reviewer-name" onSubmit={(e) => { e.preventDefault(); save(); }}
      onKeyDown={(e) => { if (e.key === 'Escape') { e.preventDefault(); setEditing(false); } }}>
      <label>{t('review.name')}{' '}
        <input ref={field} type="text" value={name} onChange={(e) => setName(e.currentTarget.value)} autoComplete="name"
          required data-testid="reviewer-name-input" {...DOC_TEXT} />
      </label>{' '}
      <button type="submit" className="button button--small" data-testid="reviewer-name-save">{t('bar.saveName')}</button>{' '}
      <button type="button" className="button button--small button--quiet" onClick={() => setEditing(false)}>{t('review.cancel')}</button>
    </form>
  );
}
