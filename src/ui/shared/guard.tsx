/** An error boundary with the dictionary's message, for page parts that are not titled panels. */
import type { ReactNode } from 'react';
import { PanelBoundary } from './panel-boundary.tsx';
import { useT } from '../i18n/use-t.ts';

/** Shows "could not show <name>" instead of its children when they fail to render. */
export function Guard({ name, children }: { name: string; children: ReactNode }) {
  const t = useT();
  return <PanelBoundary message={t('panel.error', { name })} retryLabel={t('panel.retry')}>{children}</PanelBoundary>;
}
