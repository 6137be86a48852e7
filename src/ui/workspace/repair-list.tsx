/**
 * What a workspace holds beyond its arranged documents, each with a way out: documents still being
 * analysed, documents the parser could not read (with the reason), and kept records that are
 * broken. Shown whatever the analysis is doing, so that any document can be deleted (issue 16: a
 * 12-million-character line left the page at "Đang đọc…" with no way to delete it).
 */
import { useState } from 'react';
import { useAppStore } from '../../state/use-app-store.tsx';
import type { Failure } from '../../core/errors.ts';
import type { DocProblem, SkippedDoc } from '../../state/workspace/workspace-file.ts';
import { failureMessage } from '../i18n/failure-messages.ts';
import { formatCount } from '../i18n/numbers.ts';
import type { Lang } from '../../state/route/route.ts';
import { useWT, type WT } from '../i18n/ws-strings.ts';
import { DOC_TEXT } from '../shared/worded.tsx';
import { ConfirmDialog } from './confirm-dialog.tsx';

/** Why a document was skipped or a record is broken, in words. */
export function problemText(t: WT, lang: Lang, problem: DocProblem, chars?: number): string {
  return t(`skip.${problem}`, { chars: formatCount(lang, chars ?? 0) });
}

/** The documents a workspace file did not add, one line each with its reason. */
export function SkippedList({ skipped }: { skipped: readonly SkippedDoc[] }) {
  const t = useWT();
  const lang = useAppStore((s) => s.route.lang);
  if (!skipped.length) return null;
  return (
    <div className="notice notice--warn" data-testid="merge-skipped">
      <p>{t('file.skipped', { n: skipped.length })}</p>
      <ul>
        {skipped.map((s, i) => (
          <li key={i} data-problem={s.problem}>{t('skip.item', { name: s.name ?? s.id ?? t('skip.unnamed'), reason: problemText(t, lang, s.problem, s.chars) })}</li>
        ))}
      </ul>
    </div>
  );
}

interface RowProps {
  readonly id: string;
  readonly name: string;
  readonly state: 'pending' | 'failed' | 'broken';
  readonly reason: string | null;
}

function Row({ id, name, state, reason }: RowProps) {
  const t = useWT();
  const remove = useAppStore((s) => s.removeDocument);
  const [confirming, setConfirming] = useState(false);
  const desc = state === 'pending' ? t('repair.pendingDesc') : state === 'failed' ? `${reason ?? ''} ${t('repair.failedDesc')}` : t('repair.brokenDesc', { reason: reason ?? '' });
  return (
    <li className={`doc-entry doc-entry--${state}`} data-testid="repair-entry" data-state={state} data-source={name}>
      <div className="doc-entry__row">
        <div className="doc-entry__main">
          <p className="doc-entry__title">
            <strong {...DOC_TEXT}>{name}</strong>
            <span className="tag tag--mine">{t('docs.imported')}</span>
            <span className={`role-tag role-tag--${state}`}>{t(`repair.${state}`)}</span>
          </p>
          <p className={state === 'pending' ? 'doc-entry__facts' : 'doc-entry__failure'} data-testid="repair-reason">{desc}</p>
        </div>
        <div className="doc-entry__controls">
          <button type="button" className="button button--small button--quiet button--danger-quiet" onClick={() => setConfirming(true)}
            data-testid="delete">{t('docs.delete')}</button>
        </div>
      </div>
      {confirming && (
        <ConfirmDialog title={t('confirm.deleteTitle')} body={t('confirm.deleteBody', { name })}
          confirm={t('confirm.delete')} cancel={t('confirm.cancel')}
          onConfirm={() => void remove(id)} onClose={() => setConfirming(false)} />
      )}
    </li>
  );
}

/** The user's documents that are not (yet) in the arrangement, and the broken records. */
export function RepairList() {
  const t = useWT();
  const lang = useAppStore((s) => s.route.lang);
  const docs = useAppStore((s) => s.workspace.ws.docs);
  const broken = useAppStore((s) => s.workspace.broken);
  const catalog = useAppStore((s) => s.workspace.catalog);
  const arranged = new Set(catalog?.entries.map((e) => e.source) ?? []);
  const failed = new Map<string, Failure>((catalog?.failed ?? []).map((f) => [f.source, f.failure]));
  const rows: RowProps[] = [
    ...docs.filter((d) => !arranged.has(d.name)).map((d): RowProps => {
      const f = failed.get(d.name);
      return f ? { id: d.id, name: d.name, state: 'failed', reason: failureMessage(lang, f, d.name) } : { id: d.id, name: d.name, state: 'pending', reason: null };
    }),
    ...broken.map((b): RowProps => ({ id: b.id, name: b.name ?? b.id, state: 'broken', reason: problemText(t, lang, b.problem, b.chars).replace(/\.$/u, '') })),
  ];
  if (!rows.length) return null;
  return (
    <ul className="doc-list doc-list--repair" data-testid="repair-list">
      {rows.map((r) => <Row key={`${r.state}:${r.id}`} {...r} />)}
    </ul>
  );
}
