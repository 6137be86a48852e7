/** A titled section of a page wrapped in its own error boundary. */
import type { ReactNode } from 'react';
import { PanelBoundary } from './panel-boundary.tsx';
import { useT } from '../i18n/use-t.ts';

interface PanelProps {
  readonly id: string;
  readonly title: string;
  readonly description?: string;
  readonly actions?: ReactNode;
  readonly className?: string;
  readonly children: ReactNode;
}

/** `<section>` with a heading, an optional description and an error boundary around its content. */
export function Panel({ id, title, description, actions, className, children }: PanelProps) {
  const t = useT();
  return (
    <section className={`panel ${className ?? ''}`} aria-labelledby={`${id}-title`} id={id}>
      <header className="panel__header">
        <h2 id={`${id}-title`} className="panel__title">{title}</h2>
        {actions}
      </header>
      {description && <p className="panel__desc">{description}</p>}
      <PanelBoundary message={t('panel.error', { name: title })} retryLabel={t('panel.retry')}>
        {children}
      </PanelBoundary>
    </section>
  );
}
