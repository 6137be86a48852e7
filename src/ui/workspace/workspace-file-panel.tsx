/** The workspace as one JSON file: download it, or open one (its documents are added to these). */
import { useRef } from 'react';
import { useAppStore } from '../../state/use-app-store.tsx';
import { workspaceFileName, workspaceToJson } from '../../state/workspace/workspace-file.ts';
import { downloadText } from '../shared/export/download.ts';
import { reviewsFromWorkspaceJson, workspaceJsonWithReviews } from '../../state/reviews/reviews-workspace.ts';
import { useWT } from '../i18n/ws-strings.ts';

/** Export and import of the workspace file. */
export function WorkspaceFilePanel() {
  const t = useWT();
  const ws = useAppStore((s) => s.workspace.ws);
  const mergeDocs = useAppStore((s) => s.mergeWorkspace);
  // The reviewer's decisions travel in the same file (issue 11); a file without them reads as before.
  const reviews = useAppStore((s) => s.reviews.data);
  const mergeReviews = useAppStore((s) => s.mergeReviewData);
  const merge = async (text: string) => { await mergeReviews(reviewsFromWorkspaceJson(text)); await mergeDocs(text); };
  const input = useRef<HTMLInputElement>(null);
  return (
    <section className="panel" aria-labelledby="ws-file-title" id="workspace-file">
      <h2 id="ws-file-title" className="panel__title">{t('file.title')}</h2>
      <p className="panel__desc">{t('file.desc')}</p>
      <div className="button-row">
        <button type="button" className="button" data-testid="workspace-export"
          onClick={() => downloadText(workspaceFileName(), workspaceJsonWithReviews(workspaceToJson(ws), reviews), 'application/json')}>{t('file.export')}</button>
        <button type="button" className="button button--quiet" onClick={() => input.current?.click()}>{t('file.import')}</button>
        <input ref={input} type="file" accept=".json,application/json" className="visually-hidden" tabIndex={-1} aria-hidden="true"
          data-testid="workspace-input"
          onChange={(e) => {
            const f = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (f) void f.text().then(merge, () => merge(''));
          }} />
      </div>
    </section>
  );
}
