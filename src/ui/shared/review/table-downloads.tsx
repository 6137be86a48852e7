/** Downloads of the document and clause tables (.xlsx, CSV) and the reference alignments, over the documents the filter keeps. */
import type { Analysis } from '../../../core/types.ts';
import { goldFile, tableFile, type DataFile } from '../../../state/reviews/table-files.ts';
import { useRT } from '../../i18n/review-strings.ts';
import { downloadBlob } from '../export/download.ts';

const save = (f: DataFile) => downloadBlob(f.name, new Blob([typeof f.data === 'string' ? f.data : new Uint8Array(f.data)], { type: f.type }));

export function TableDownloads({ analysis, ids }: { analysis: Analysis; ids: readonly string[] | null }) {
  const t = useRT();
  const n = ids?.length ?? analysis.documents.length;
  const button = (testId: string, label: string, make: () => Promise<DataFile>) => (
    <button type="button" className="button button--small button--quiet" data-testid={testId} onClick={() => void make().then(save)}>{label}</button>
  );
  return (
    <div className="table-downloads" data-testid="table-downloads">
      <h3 className="table-downloads__title">{t('tables.title')}</h3>
      <p className="muted">{t('tables.desc', { n })}</p>
      <div className="button-row">
        {button('table-docs-xlsx', t('tables.docsXlsx'), () => tableFile(analysis, ids, 'documents', 'xlsx', t.lang))}
        {button('table-docs-csv', t('tables.docsCsv'), () => tableFile(analysis, ids, 'documents', 'csv', t.lang))}
        {button('table-clauses-xlsx', t('tables.clausesXlsx'), () => tableFile(analysis, ids, 'clauses', 'xlsx', t.lang))}
        {button('table-clauses-csv', t('tables.clausesCsv'), () => tableFile(analysis, ids, 'clauses', 'csv', t.lang))}
        {button('table-gold', t('tables.gold'), () => goldFile(analysis, ids))}
      </div>
    </div>
  );
}
