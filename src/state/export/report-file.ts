/** The `doichieu.report/1` JSON of an analysis as a downloadable file. The report code loads on demand. */
import type { Analysis } from '../../core/types.ts';
import type { Insights } from '../../core/insights.ts';

/** File name and JSON text of the report; with the insights it gains `provenance`, `rules` and `citations`. */
export async function reportFile(a: Analysis, insights?: Insights): Promise<{ name: string; text: string }> {
  const { toReport } = await import('../../core/report.ts');
  const slug = (a.central.meta.number ?? a.central.id).replace(/[^\p{L}\p{N}]+/gu, '-').toLowerCase();
  return { name: `doichieu-${slug}.json`, text: `${JSON.stringify(toReport(a, insights), null, 2)}\n` };
}
