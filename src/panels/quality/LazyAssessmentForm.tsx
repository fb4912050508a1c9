import type { ComponentProps } from 'react';
import { LoadBoundary } from '../../ui/LoadBoundary';
import { retryableLazy } from '../../ui/retryableLazy';

// The form is opened on demand; its code stays out of the first load.
const AssessmentForm = retryableLazy(async () => (await import('./AssessmentForm')).AssessmentForm);

export function LazyAssessmentForm(props: ComponentProps<typeof import('./AssessmentForm').AssessmentForm>) {
  return (
    <LoadBoundary parts={[AssessmentForm]} onClose={props.onDone}>
      <AssessmentForm {...props} />
    </LoadBoundary>
  );
}
