import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { holdBackground, whenPageFree } from '../../src/util/background';
import { holdForLink, JOIN_HOLD_MAX_MS, joinEnded } from '../../src/collab/joinHold';

describe('work that can wait for the page to be free (the offline copy’s first download)', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs in a moment when nothing holds the page', () => {
    const run = vi.fn<() => void>();
    whenPageFree(run);
    expect(run).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(run).toHaveBeenCalledOnce();
  });

  it('waits until every hold is released, each release counting once', () => {
    const run = vi.fn<() => void>();
    const joining = holdBackground();
    const drawing = holdBackground();
    whenPageFree(run);
    joining();
    joining();
    vi.runAllTimers();
    expect(run).not.toHaveBeenCalled();
    drawing();
    vi.runAllTimers();
    expect(run).toHaveBeenCalledOnce();
    // Released holds leave nothing held for later work.
    const later = vi.fn<() => void>();
    whenPageFree(later);
    vi.runAllTimers();
    expect(later).toHaveBeenCalledOnce();
  });

  it('a hold with a limit that nobody releases delays the work, never loses it', () => {
    const run = vi.fn<() => void>();
    holdBackground(5000);
    whenPageFree(run);
    vi.advanceTimersByTime(4999);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    vi.runAllTimers();
    expect(run).toHaveBeenCalledOnce();
  });

  it('a page opened on a shared map’s link holds it until joining ends; any other page does not', () => {
    const run = vi.fn<() => void>();
    holdForLink('#lang=es');
    whenPageFree(run);
    vi.runAllTimers();
    expect(run).toHaveBeenCalledOnce();
    // A link naming no valid room is refused at once: nothing to wait for.
    const badLink = vi.fn<() => void>();
    holdForLink('#room=not-a-room');
    whenPageFree(badLink);
    vi.advanceTimersByTime(JOIN_HOLD_MAX_MS / 2);
    expect(badLink).toHaveBeenCalledOnce();

    const afterJoin = vi.fn<() => void>();
    holdForLink(`#room=${'a'.repeat(32)}&server=ws%3A%2F%2F127.0.0.1%3A4444`);
    whenPageFree(afterJoin);
    vi.advanceTimersByTime(JOIN_HOLD_MAX_MS / 2);
    expect(afterJoin).not.toHaveBeenCalled();
    joinEnded();
    vi.runAllTimers();
    expect(afterJoin).toHaveBeenCalledOnce();
    // Ending again (the status changing later) releases nothing more.
    joinEnded();
  });

  it('a join that never ends (the app’s sharing code failed to load) holds at most JOIN_HOLD_MAX_MS', () => {
    const run = vi.fn<() => void>();
    holdForLink(`#room=${'b'.repeat(32)}`);
    whenPageFree(run);
    vi.advanceTimersByTime(JOIN_HOLD_MAX_MS - 1);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    vi.runAllTimers();
    expect(run).toHaveBeenCalledOnce();
    joinEnded();
  });
});
