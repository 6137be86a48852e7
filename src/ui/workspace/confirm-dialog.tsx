/** A modal confirmation (native <dialog>): Escape and "Cancel" keep everything; focus returns where it was. */
import { useEffect, useRef } from 'react';

interface ConfirmProps {
  readonly title: string;
  readonly body: string;
  readonly confirm: string;
  readonly cancel: string;
  readonly onConfirm: () => void;
  readonly onClose: () => void;
}

/** Shown while mounted. */
export function ConfirmDialog({ title, body, confirm, cancel, onConfirm, onClose }: ConfirmProps) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    const back = document.activeElement as HTMLElement | null;
    if (d && typeof d.showModal === 'function' && !d.open) d.showModal();
    return () => back?.focus?.();
  }, []);
  return (
    <dialog ref={ref} className="confirm" aria-labelledby="confirm-title" aria-describedby="confirm-body" data-testid="confirm-dialog"
      onCancel={(e) => { e.preventDefault(); onClose(); }}>
      <h2 id="confirm-title" className="confirm__title">{title}</h2>
      <p id="confirm-body">{body}</p>
      <div className="confirm__actions">
        <button type="button" className="button button--quiet" onClick={onClose} autoFocus>{cancel}</button>
        <button type="button" className="button button--danger" onClick={() => { onConfirm(); onClose(); }} data-testid="confirm-ok">{confirm}</button>
      </div>
    </dialog>
  );
}
