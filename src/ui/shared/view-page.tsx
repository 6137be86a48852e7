/** The frame of a view: its title and description, then its content; and a wide table with a caption for screen readers. */
import type { KeyboardEvent, ReactNode } from 'react';
import { useT } from '../i18n/use-t.ts';
import { numberLabel } from './labels.ts';

/** A view's page: `page page--<name>`, its heading, then `children`. */
export function ViewPage({ name, title, desc, children }: { name: string; title: string; desc?: ReactNode; children: ReactNode }) {
  return (
    <div className={`page page--${name}`}>
      <header className="view-head">
        <h1 className="view-head__title">{title}</h1>
        {desc !== undefined && <p className="view-head__desc">{desc}</p>}
      </header>
      {children}
    </div>
  );
}

/** A table that scrolls sideways on narrow screens, its caption read by screen readers only. */
export function WideTable({ className, testId, caption, onKeyDown, children }: {
  className: string; testId?: string; caption: string; onKeyDown?: (e: KeyboardEvent<HTMLTableElement>) => void; children: ReactNode;
}) {
  return (
    <div className="table-wrap">
      <table className={className} data-testid={testId} onKeyDown={onKeyDown}>
        <caption className="visually-hidden">{caption}</caption>
        {children}
      </table>
    </div>
  );
}

/** A column header naming a document: its short name (a link when `link` is given) over its number. */
export function DocHead({ name, number, link, children }: { name: string; number: string | null; link?: string; children?: ReactNode }) {
  const t = useT();
  return (
    <>
      {link !== undefined ? <a className="doc-head__name" href={link} data-doc-text="">{name}</a> : <span className="doc-head__name" data-doc-text="">{name}</span>}
      <span className="doc-head__num" {...(number !== null ? { 'data-doc-text': '' } : {})}>{numberLabel(t, number)}</span>
      {children}
    </>
  );
}
