/** The replies a one-run worker sends: progress, then one result or one error. */
export type WorkerReply<Result extends object> =
  | { type: 'progress'; fraction: number }
  | ({ type: 'result' } & Result)
  | { type: 'error'; message: string };

export interface AwaitWorkerOptions {
  /** Named in the error when the worker crashes ("The layout worker failed."). */
  name: string;
  onProgress: (fraction: number) => void;
  signal?: AbortSignal | undefined;
  /** Buffers handed to the worker rather than copied. */
  transfer?: Transferable[];
}

/**
 * One run of a fresh worker: posts `request`, forwards progress, and resolves with the result reply,
 * or 'cancelled' when `signal` aborts. The worker is terminated however the run ends (that is what
 * Cancel is). A crash, an unreadable reply or an error reply rejects with an Error.
 */
export function awaitWorker<Result extends object>(
  worker: Worker,
  request: unknown,
  options: AwaitWorkerOptions,
): Promise<Extract<WorkerReply<Result>, { type: 'result' }> | 'cancelled'> {
  const { name, onProgress, signal } = options;
  if (signal?.aborted) {
    worker.terminate();
    return Promise.resolve('cancelled');
  }
  return new Promise((resolve, reject) => {
    const finish = () => {
      signal?.removeEventListener('abort', onAbort);
      worker.terminate();
    };
    const onAbort = () => {
      finish();
      resolve('cancelled');
    };
    const fail = (message: string) => {
      finish();
      reject(new Error(message));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.onmessage = (event: MessageEvent<WorkerReply<Result>>) => {
      const reply = event.data;
      if (reply.type === 'progress') onProgress(reply.fraction);
      else if (reply.type === 'result') {
        finish();
        onProgress(1);
        resolve(reply as Extract<WorkerReply<Result>, { type: 'result' }>);
      } else fail(reply.message);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      fail(event.message || `The ${name} worker failed.`);
    };
    worker.onmessageerror = () => fail(`The ${name} worker sent an unreadable reply.`);
    worker.postMessage(request, options.transfer ?? []);
  });
}
