/** The reason of a local clause's class, in the interface language (the core's English line as a tooltip). */
import type { ClauseResult } from '../../core/types.ts';
import { combineReason } from '../../state/combine/combine-reason.ts';
import { useT } from '../i18n/use-t.ts';

/** "Điều chỉnh từ câu Trung ương 2-1: thêm 10 từ, bỏ 0 từ." plus the main substitutions. */
export function ReasonLine({ result }: { result: ClauseResult }) {
  const t = useT();
  const r = combineReason(result);
  return (
    <p className="reason" title={result.reason}>
      <span className="reason__label">{t('detail.reason')}:</span> {t(r.key, r.vars)}
      {r.swaps.length > 0 && <> {t('reason.swaps', { list: r.swaps.map((s) => `“${s}”`).join('; ') })}</>}
    </p>
  );
}
