import { Component, Suspense, type ErrorInfo, type ReactNode } from 'react';
import { useT } from './useT';
import './loadBoundary.css';

interface Props {
  /** The lazily loaded parts inside: a failed load of each is forgotten on Try again. */
  parts: readonly { retry(): void }[];
  /** For a dialog: closes it, leaving the app as it was. */
  onClose?: () => void;
  /** Extra class for the message, e.g. to float it over the map. */
  className?: string;
  children: ReactNode;
}

/**
 * Around every part of the app that loads on first use: if its code cannot load (no connection, a
 * chunk gone after a redeploy) or it throws, only that part shows a message with Try again; the rest
 * of the app and the map stay as they were.
 */
export class LoadBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.warn('A part of the app could not be shown', error, info.componentStack);
  }

  private readonly retry = () => {
    for (const part of this.props.parts) part.retry();
    this.setState({ failed: false });
  };

  override render(): ReactNode {
    if (this.state.failed) return <LoadFailed onRetry={this.retry} onClose={this.props.onClose} className={this.props.className} />;
    return <Suspense fallback={null}>{this.props.children}</Suspense>;
  }
}

function LoadFailed({ onRetry, onClose, className }: { onRetry(): void; onClose?: () => void; className?: string }) {
  const { t } = useT();
  return (
    <div className={className ? `load-failed ${className}` : 'load-failed'} role="alert">
      <p>{t('offline.loadFailed')}</p>
      <div className="load-failed-actions">
        {onClose && (
          <button type="button" onClick={onClose}>
            {t('offline.close')}
          </button>
        )}
        <button type="button" className="primary" onClick={onRetry}>
          {t('offline.tryAgain')}
        </button>
      </div>
    </div>
  );
}
