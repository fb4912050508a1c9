import { lazy, Suspense, type ComponentProps } from 'react';

// The form is opened on demand; its code stays out of the first load.
const AssessmentForm = lazy(() => import('./AssessmentForm').then((m) => ({ default: m.AssessmentForm })));

export function LazyAssessmentForm(props: ComponentProps<typeof AssessmentForm>) {
  return (
    <Suspense fallback={null}>
      <AssessmentForm {...props} />
    </Suspense>
  );
}
