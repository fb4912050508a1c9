import { LoadBoundary } from '../ui/LoadBoundary';
import { retryableLazy } from '../ui/retryableLazy';

// Shown once an actor is selected, so its code stays out of the first load.
const ConnectTo = retryableLazy(async () => (await import('./ConnectTo')).ConnectTo);

export function LazyConnectTo({ actorId }: { actorId: string }) {
  return (
    <LoadBoundary parts={[ConnectTo]}>
      <ConnectTo actorId={actorId} />
    </LoadBoundary>
  );
}
