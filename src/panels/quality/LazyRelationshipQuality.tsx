import type { Relationship } from '../../domain/types';
import { LoadBoundary } from '../../ui/LoadBoundary';
import { retryableLazy } from '../../ui/retryableLazy';

// Shown once a relationship is selected: its history, trend chart and messages stay out of the first load.
const RelationshipQuality = retryableLazy(async () => (await import('./RelationshipQuality')).RelationshipQuality);

export function LazyRelationshipQuality({ rel }: { rel: Relationship }) {
  return (
    <LoadBoundary parts={[RelationshipQuality]}>
      <RelationshipQuality rel={rel} />
    </LoadBoundary>
  );
}
