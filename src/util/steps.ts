/** Runs steps that may pause (each `yield` is a point where a caller may let the page answer) to the end without pausing. */
export function toEnd<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Runs the steps to the end, awaiting `pause` (a later task) at the first pause point after each `budgetMs` of work. */
export async function inTasks<T>(steps: Generator<void, T>, pause: () => Promise<void>, budgetMs: number): Promise<T> {
  let started = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - started >= budgetMs) {
      await pause();
      started = performance.now();
    }
  }
}
