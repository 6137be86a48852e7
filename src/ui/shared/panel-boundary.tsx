/** An error boundary per panel: one failing chart shows a message, never a blank page. */
import { Component, type ReactNode } from 'react';

interface Props {
  /** Message shown when the panel fails (already translated). */
  readonly message: string;
  readonly retryLabel: string;
  readonly children: ReactNode;
}

interface State {
  readonly failed: boolean;
}

/** Catches render errors of its children and offers a retry. */
export class PanelBoundary extends Component<Props, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    console.error('panel failed', error);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="panel-error" role="alert">
        <p>{this.props.message}</p>
        <button type="button" className="button" onClick={() => this.setState({ failed: false })}>{this.props.retryLabel}</button>
      </div>
    );
  }
}
