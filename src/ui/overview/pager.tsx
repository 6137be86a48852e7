/** Previous / next through pages of a long list, with where one is ("Trang 3/20"). */
import { useT } from '../i18n/use-t.ts';
import { useNum } from './use-num.ts';

interface Props {
  /** Current page, from 0. */
  readonly page: number;
  readonly pages: number;
  readonly onPage: (page: number) => void;
  /** Accessible name of the navigation ("Các trang của bảng văn bản"). */
  readonly label: string;
  readonly testId?: string;
}

/** `<nav>` with first, previous, next and last; nothing when everything fits on one page. */
export function Pager({ page, pages, onPage, label, testId }: Props) {
  const t = useT();
  const num = useNum();
  if (pages <= 1) return null;
  const buttons = [
    ['first', 0, '«'], ['prev', page - 1, '‹'], ['next', page + 1, '›'], ['last', pages - 1, '»'],
  ] as const;
  const button = ([kind, to, symbol]: (typeof buttons)[number]) => (
    <button key={kind} type="button" className="button button--quiet button--small pager__button" data-testid={testId ? `${testId}-${kind}` : undefined}
      disabled={to < 0 || to >= pages || to === page} onClick={() => onPage(to)} aria-label={t(`pager.${kind}`)}>
      {kind === 'first' || kind === 'prev' ? <><span aria-hidden="true">{symbol}</span> {t(`pager.${kind}Short`)}</> : <>{t(`pager.${kind}Short`)} <span aria-hidden="true">{symbol}</span></>}
    </button>
  );
  return (
    <nav className="pager no-print" aria-label={label} data-testid={testId}>
      {buttons.slice(0, 2).map(button)}
      <span className="pager__where">{t('pager.page', { page: num(page + 1), pages: num(pages) })}</span>
      {buttons.slice(2).map(button)}
    </nav>
  );
}
