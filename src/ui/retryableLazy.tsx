import { lazy, type ComponentType, type LazyExoticComponent, type ReactElement } from 'react';

/** A lazily loaded component whose failed load can be tried again. */
export interface RetryableLazy<P extends object> {
  (props: P): ReactElement;
  /** Forgets a failed load, so that the next render imports the code again. */
  retry(): void;
}

/**
 * Like React.lazy, but React.lazy keeps a rejected import for good: after a dropped connection or a
 * chunk missing since a redeploy, the part would stay broken until the page is reloaded.
 */
export function retryableLazy<P extends object>(load: () => Promise<ComponentType<P>>): RetryableLazy<P> {
  let current: LazyExoticComponent<ComponentType<P>> | null = null;
  let failed = false;
  const make = () =>
    lazy(() =>
      load().then(
        (component) => ({ default: component }),
        (error: unknown) => {
          failed = true;
          throw error;
        },
      ),
    );
  const Part = (props: P) => {
    current ??= make();
    const Loaded = current;
    return <Loaded {...props} />;
  };
  Part.retry = () => {
    if (!failed) return;
    failed = false;
    current = null;
  };
  return Part;
}
