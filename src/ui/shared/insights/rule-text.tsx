/** A localization rule as text: the name words it qualifies quiet, the words that change marked. */
import './insights.css';
import type { RulePhrase } from '../../../state/combine/combine-rules.ts';

/** "Ban [Bí thư] → Ban [Thường vụ Tỉnh ủy]". */
export function RuleText({ rule }: { rule: RulePhrase }) {
  const ctx = rule.context ? <span className="rule__context">{rule.context} </span> : null;
  return (
    <span className="rule" data-doc-text="" lang="vi">
      <span className="rule__side rule__side--from">{ctx}<span className="rule__from">{rule.from}</span></span>
      <span className="rule__arrow"> → </span>
      <span className="rule__side rule__side--to">{ctx}<span className="rule__to">{rule.to}</span></span>
    </span>
  );
}
