/** Downloads of the analysis: the clause table (CSV) and the doichieu.report/1 JSON (with insights when ready). */
import { useAppStore } from '../../state/use-app-store.tsx';
import { clauseCsvFile, reportJsonFile } from '../../state/export/export-files.ts';
import { downloadText } from '../shared/export/download.ts';
import { useWT } from '../i18n/ws-strings.ts';

/** CSV and JSON buttons. */
export function ExportButtons() {
  const t = useWT();
  const analysis = useAppStore((s) => s.analysis.result);
  const insights = useAppStore((s) => (s.insights.of === s.analysis.result ? s.insights.result?.insights ?? null : null));
  if (!analysis) return null;
  return (
    <>
      <button type="button" className="button button--quiet" data-testid="export-csv"
        onClick={() => void clauseCsvFile(analysis).then((f) => downloadText(f.name, f.text, f.type))}>{t('export.csv')}</button>
      <button type="button" className="button button--quiet" data-testid="export-json"
        onClick={() => void reportJsonFile(analysis, insights).then((f) => downloadText(f.name, f.text, f.type))}>{t('export.json')}</button>
    </>
  );
}
