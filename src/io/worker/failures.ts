/**
 * Turns a worker that crashed or sent something unreadable into one rejected run: `finish` stops
 * the worker, `fail` rejects with an Error the caller maps to a message in the user's language.
 */
export function rejectOnWorkerFailure(worker: Worker, name: string, finish: () => void, fail: (error: Error) => void): void {
  worker.onerror = (event) => {
    event.preventDefault();
    finish();
    fail(new Error(event.message || `The ${name} worker failed.`));
  };
  worker.onmessageerror = () => {
    finish();
    fail(new Error(`The ${name} worker sent an unreadable reply.`));
  };
}
