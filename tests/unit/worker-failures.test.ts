import { describe, expect, it, vi } from 'vitest';
import { rejectOnWorkerFailure } from '../../src/io/worker/failures';

function fakeWorker() {
  return {} as { onerror?: (e: { message: string; preventDefault(): void }) => void; onmessageerror?: () => void };
}

describe('a worker that fails', () => {
  it('is stopped and its run rejected with the error it reported, the browser default prevented', () => {
    const worker = fakeWorker();
    const finish = vi.fn<() => void>();
    const fail = vi.fn<(error: Error) => void>();
    rejectOnWorkerFailure(worker as unknown as Worker, 'layout', finish, fail);
    const preventDefault = vi.fn<() => void>();
    worker.onerror!({ message: 'out of memory', preventDefault });
    expect(preventDefault).toHaveBeenCalled();
    expect(finish).toHaveBeenCalledTimes(1);
    expect(fail.mock.calls[0]![0]).toEqual(new Error('out of memory'));
  });

  it('names the worker when the browser gives no reason, and rejects an unreadable reply', () => {
    const worker = fakeWorker();
    const fail = vi.fn<(error: Error) => void>();
    rejectOnWorkerFailure(worker as unknown as Worker, 'import', () => {}, fail);
    worker.onerror!({ message: '', preventDefault: () => {} });
    worker.onmessageerror!();
    expect(fail.mock.calls.map(([e]) => e.message)).toEqual([
      'The import worker failed.',
      'The import worker sent an unreadable reply.',
    ]);
  });
});
