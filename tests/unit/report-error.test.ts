// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CommandContext } from '../../src/actions/context';
import { openMapFile } from '../../src/actions/files';
import { readWriteAheads } from '../../src/persistence/writeAhead';
import { createAppStore } from '../../src/store/createAppStore';
import { reportError } from '../../src/util/reportError';

const quietConsole = () => vi.spyOn(console, 'error').mockImplementation(() => {});

afterEach(() => vi.restoreAllMocks());

describe('reportError', () => {
  it('keeps the cause and where it happened', () => {
    const log = quietConsole();
    const cause = new TypeError('x is undefined');
    reportError(cause, 'exporting PNG');
    expect(log).toHaveBeenCalledWith('Partnership Web: exporting PNG', cause);
  });

  it('a file that cannot be read tells the user and keeps the cause', async () => {
    const log = quietConsole();
    const store = createAppStore();
    const before = store.getState().doc;
    const ctx: CommandContext = { store, canvas: () => null, ui: { confirm: async () => true, pickMapFile: () => {} } };
    const cause = new DOMException('The file was removed', 'NotReadableError');
    const file = new File(['{}'], 'partners.json');
    vi.spyOn(file, 'text').mockRejectedValue(cause);
    expect(await openMapFile(ctx, file)).toBe(false);
    expect(store.getState().notices.map((n) => n.key)).toContain('problem.openFailed');
    expect(store.getState().doc).toBe(before);
    expect(log).toHaveBeenCalledWith('Partnership Web: reading partners.json', cause);
  });

  it('an expected failure (a damaged copy in storage) is handled without a report', () => {
    const log = quietConsole();
    localStorage.setItem('partnership-web.write-ahead.tab-1', '{not json');
    expect(readWriteAheads()).toEqual([]);
    expect(localStorage.getItem('partnership-web.write-ahead.tab-1')).toBeNull();
    expect(log).not.toHaveBeenCalled();
  });
});
