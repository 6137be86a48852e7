/** The numbers of a histogram as a table: for screen readers, for print, and for whoever prefers numbers. */
import { useT } from '../i18n/use-t.ts';
import { DataTable } from '../shared/data-table.tsx';
import type { HistogramDatum } from './histogram-chart.tsx';
import { useNum } from './use-num.ts';

interface Props {
  readonly caption: string;
  /** Header of the bin column ("Tỷ lệ câu được triển khai"). */
  readonly binHeader: string;
  readonly data: readonly HistogramDatum[];
}

/** One row per bin: implementation documents, forwarding letters, all. */
export function HistogramTable({ caption, binHeader, data }: Props) {
  const t = useT();
  const num = useNum();
  return (
    <DataTable caption={caption} className="chart-table" nameHeader={binHeader} rows={data} rowKey={(d) => d.label} rowHeader={(d) => d.label}
      columns={[
        { key: 'implementation', num: true, header: t('role.implementation'), cell: (d) => num(d.implementation) },
        { key: 'forwarding', num: true, header: t('role.forwarding'), cell: (d) => num(d.forwarding) },
        { key: 'all', num: true, header: t('chart.dist.all'), cell: (d) => num(d.docs) },
      ]} />
  );
}
