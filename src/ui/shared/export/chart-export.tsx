/** "SVG" and "PNG" buttons that save the chart drawn in the element with id `target`. */
import { useState } from 'react';
import { downloadBlob, downloadText } from './download.ts';
import { fileSlug, mainSvg, svgMarkup, svgToPng } from './svg-export.ts';
import { useWT } from '../../i18n/ws-strings.ts';

/** Buttons for one chart. */
export function ChartExport({ target, name }: { target: string; name: string }) {
  const t = useWT();
  const [busy, setBusy] = useState(false);
  const save = async (format: 'svg' | 'png') => {
    const svg = mainSvg(document.getElementById(target));
    if (!svg) return;
    const { markup, width, height } = svgMarkup(svg);
    const file = `${fileSlug(name)}.${format}`;
    if (format === 'svg') { downloadText(file, markup, 'image/svg+xml'); return; }
    setBusy(true);
    try { downloadBlob(file, await svgToPng(markup, width, height)); } finally { setBusy(false); }
  };
  return (
    <span className="chart-export no-print" role="group" aria-label={name}>
      {(['svg', 'png'] as const).map((f) => (
        <button key={f} type="button" className="button button--small button--quiet" disabled={busy} data-testid={`chart-${f}`}
          aria-label={t('export.chartLabel', { name, format: f.toUpperCase() })} onClick={() => void save(f)}>
          {t(`export.${f}`)}
        </button>
      ))}
    </span>
  );
}
