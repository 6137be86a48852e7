/**
 * The header fields of a document as read from its text (issue 10): kind, number, issuer, date
 * (dd/mm/yyyy), signer with the capacity printed before the title, what it implements, an attached
 * plan; and for a document that only cites or forwards the central text, what that role means.
 */
import type { DocMeta } from '../../../core/types.ts';
import { useT } from '../../i18n/use-t.ts';
import { useFT, type FieldKey } from '../../i18n/insight-field-strings.ts';
import { dateLabel } from '../labels.ts';
import { DOC_TEXT, DocTitle } from '../worded.tsx';
import './field.css';

const CAPACITIES = ['KT.', 'TM.', 'TL.', 'Q.', 'TUQ.'] as const;
const capacityKey = (c: string | null): FieldKey | null => {
  const hit = CAPACITIES.find((x) => x === c?.toUpperCase());
  return hit ? `capacity.${hit}` : null;
};

/** "Nguyễn Văn A (KT. CHỦ TỊCH PHÓ CHỦ TỊCH)": the first signature's name and title as printed, its capacity explained. */
export function Signer({ meta }: { meta: DocMeta }) {
  const ft = useFT();
  const signer = meta.signers?.[0];
  const capacity = capacityKey(signer?.capacity ?? null);
  const title = signer?.title ?? meta.signerTitle;
  if (!meta.signer) return null;
  return (
    <span data-testid="signer">
      <span {...DOC_TEXT}>{meta.signer}</span>
      {title && <> (<span {...DOC_TEXT} title={capacity ? ft(capacity) : undefined}>{title}</span>{capacity && <span className="visually-hidden"> — {ft(capacity)}</span>})</>}
    </span>
  );
}

/** `<div><dt/><dd/></div>` pairs for a `<dl className="facts">`; fields the text does not give are left out. */
export function DocFields({ meta, date = true }: { meta: DocMeta; date?: boolean }) {
  const t = useT();
  const ft = useFT();
  return (
    <>
      <div data-field="kind"><dt>{ft('header.kind')}</dt><dd><DocTitle kind={meta.kind} number={meta.number} /></dd></div>
      {meta.issuer && <div data-field="issuer"><dt>{ft('header.issuer')}</dt><dd {...DOC_TEXT}>{meta.issuer}</dd></div>}
      {date && <div data-field="date"><dt>{t('table.date')}</dt><dd>{dateLabel(t, meta.date)}</dd></div>}
      {meta.implements && <div data-field="implements"><dt>{ft('header.implements')}</dt><dd {...DOC_TEXT}>{meta.implements}</dd></div>}
      {meta.signer && <div data-field="signer"><dt>{ft('header.signer')}</dt><dd><Signer meta={meta} /></dd></div>}
      {meta.attachment && <div data-field="attachment"><dt>{ft('header.attachment')}</dt><dd {...DOC_TEXT}>{meta.attachment}</dd></div>}
    </>
  );
}

/** What a cites-only or forwarding document is, and why its omissions are no failings; nothing for an implementation. */
export function RoleNote({ meta }: { meta: DocMeta }) {
  const ft = useFT();
  if (meta.role !== 'cites-only' && meta.role !== 'forwarding') return null;
  return <p className="role-note" data-testid="role-note" data-role={meta.role}>{ft(`role.${meta.role}`)}</p>;
}
