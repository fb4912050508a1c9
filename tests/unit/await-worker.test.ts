import { describe, expect, it, vi } from 'vitest';
import { awaitWorker } from '../../src/util/awaitWorker';

/** A stand-in worker: records what it was sent, and lets the test reply. */
function fakeWorker() {
  const worker = {
    posted: [] as unknown[],
    terminate: vi.fn<() => void>(),
    postMessage(message: unknown) {
      worker.posted.push(message);
    },
    onmessage: null as null | ((e: { data: unknown }) => void),
    onerror: null as null | ((e: { message: string; preventDefault(): void }) => void),
    onmessageerror: null as null | (() => void),
    reply: (data: unknown) => worker.onmessage!({ data }),
  };
  return worker;
}

describe('one run of a worker (layout and analysis alike)', () => {
  it('forwards progress, resolves with the result reply and stops the worker', async () => {
    const w = fakeWorker();
    const progress: number[] = [];
    const run = awaitWorker<{ value: number }>(w as unknown as Worker, { ask: 1 }, { name: 'layout', onProgress: (f) => progress.push(f) });
    expect(w.posted).toEqual([{ ask: 1 }]);
    w.reply({ type: 'progress', fraction: 0.5 });
    w.reply({ type: 'result', value: 42 });
    expect(await run).toEqual({ type: 'result', value: 42 });
    expect(progress).toEqual([0.5, 1]);
    expect(w.terminate).toHaveBeenCalledTimes(1);
  });

  it('Cancel resolves "cancelled" and stops the worker; an aborted signal never starts it', async () => {
    const w = fakeWorker();
    const controller = new AbortController();
    const run = awaitWorker(w as unknown as Worker, {}, { name: 'analysis', onProgress: () => {}, signal: controller.signal });
    controller.abort();
    expect(await run).toBe('cancelled');
    expect(w.terminate).toHaveBeenCalledTimes(1);
    const idle = fakeWorker();
    expect(await awaitWorker(idle as unknown as Worker, {}, { name: 'analysis', onProgress: () => {}, signal: controller.signal })).toBe('cancelled');
    expect(idle.posted).toEqual([]);
    expect(idle.terminate).toHaveBeenCalled();
  });

  it('an error reply, a crash or an unreadable reply rejects, naming the worker when the browser gives no reason', async () => {
    const a = fakeWorker();
    const one = awaitWorker(a as unknown as Worker, {}, { name: 'analysis', onProgress: () => {} });
    a.reply({ type: 'error', message: 'RangeError: too deep' });
    await expect(one).rejects.toThrow('RangeError: too deep');
    const b = fakeWorker();
    const two = awaitWorker(b as unknown as Worker, {}, { name: 'layout', onProgress: () => {} });
    const preventDefault = vi.fn<() => void>();
    b.onerror!({ message: '', preventDefault });
    await expect(two).rejects.toThrow('The layout worker failed.');
    expect(preventDefault).toHaveBeenCalled();
    const c = fakeWorker();
    const three = awaitWorker(c as unknown as Worker, {}, { name: 'analysis', onProgress: () => {} });
    c.onmessageerror!();
    await expect(three).rejects.toThrow('The analysis worker sent an unreadable reply.');
    expect([a, b, c].every((w) => w.terminate.mock.calls.length === 1)).toBe(true);
  });
});
