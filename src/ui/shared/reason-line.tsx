/** The reason of a local clause's class, worded from its code and values in the interface language. */
import type { ClauseResult } from '../../core/types.ts';
import { wordReason } from '../../messages/reason-words.ts';
import { useT } from '../i18n/use-t.ts';
import { Worded } from './worded.tsx';
import { useCentralPart } from './use-central-part.ts';

/**
 * "Căn cứ: Điều chỉnh từ câu của văn bản Trung ương (Nhiệm vụ 2, câu 1): thay “…” bằng “…”; …".
 * A clause the reviewer answered keeps the machine's reason, said to be the machine's: it may
 * argue for the class she overruled.
 */
export function ReasonLine({ result }: { result: ClauseResult }) {
  const t = useT();
  const partOf = useCentralPart();
  const reviewed = Boolean(result.review);
  return (
    <p className={`reason${reviewed ? ' reason--machine' : ''}`} data-reason={result.why.code}>
      <span className="reason__label">{t(reviewed ? 'detail.reasonMachine' : 'detail.reason')}:</span> <Worded piece={wordReason(t.lang, result.why, partOf)} />
    </p>
  );
}
