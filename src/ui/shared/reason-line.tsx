/** The reason of a local clause's class, worded from its code and values in the interface language. */
import type { ClauseResult } from '../../core/types.ts';
import { wordReason } from '../../messages/reason-words.ts';
import { useT } from '../i18n/use-t.ts';
import { Worded } from './worded.tsx';
import { useCentralPart } from './use-central-part.ts';

/** "Căn cứ: Điều chỉnh từ câu của văn bản Trung ương (Nhiệm vụ 2, câu 1): thay “…” bằng “…”; …" */
export function ReasonLine({ result }: { result: ClauseResult }) {
  const t = useT();
  const partOf = useCentralPart();
  return (
    <p className="reason" data-reason={result.why.code}>
      <span className="reason__label">{t('detail.reason')}:</span> <Worded piece={wordReason(t.lang, result.why, partOf)} />
    </p>
  );
}
