/** The numbers of a histogram as a table: for screen readers, for print, and for whoever prefers numbers. */
import { useT } from '../i18n/use-t.ts';
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
    <table className="chart-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{binHeader}</th>
          <th scope="col" className="num">{t('role.implementation')}</th>
          <th scope="col" className="num">{t('role.forwarding')}</th>
          <th scope="col" className="num">{t('chart.dist.all')}</th>
        </tr>
      </thead>
      <tbody>
        {data.map((d) => (
          <tr key={d.label}>
            <th scope="row">{d.label}</th>
            <td className="num">{num(d.implementation)}</td>
            <td className="num">{num(d.forwarding)}</td>
            <td className="num">{num(d.docs)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
