/** A progress bar screen readers announce as one (role=progressbar with its value), styled the same everywhere. */
import './progress-bar.css';

interface Props {
  /** Steps done; `null`: not known yet (an indeterminate bar, no value announced). */
  readonly done: number | null;
  readonly total: number;
  readonly label: string;
  /** What a screen reader says for the value ("120 / 1.000 văn bản"). */
  readonly valueText?: string | undefined;
}

/** The bar: a track with a fill as wide as `done / total`. */
export function ProgressBar({ done, total, label, valueText }: Props) {
  const known = done !== null && total > 0;
  const share = known ? Math.min(1, Math.max(0, done / total)) : 0;
  return (
    <div className={`progress${known ? '' : ' progress--indeterminate'}`} role="progressbar" aria-label={label}
      aria-valuemin={0} aria-valuemax={known ? total : undefined} aria-valuenow={known ? done : undefined}
      aria-valuetext={known ? valueText : undefined} data-testid="progress">
      <div className="progress__fill" style={known ? { width: `${(share * 100).toFixed(1)}%` } : undefined} />
    </div>
  );
}
