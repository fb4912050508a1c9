import { afterEach, describe, expect, it, vi } from 'vitest';
import { causedByConnection } from '../../src/actions/connection';
import type { CommandContext } from '../../src/actions/context';
import { exportMap } from '../../src/actions/exports';
import { arrangeMap } from '../../src/actions/layout';
import { createEmptyMap, newActor } from '../../src/domain/document';
import { createAppStore } from '../../src/store/createAppStore';

const twoActors = () => ({
  ...createEmptyMap('2026-01-01T00:00:00.000Z'),
  actors: ['a1', 'a2'].map((id, i) => newActor(id, { type: 'seed-company', name: `Actor ${i + 1}`, position: { x: i * 10, y: 0 } })),
});
const ctxFor = (): CommandContext => ({ store: createAppStore({ doc: twoActors() }), canvas: () => null, ui: { confirm: async () => true, pickMapFile() {} } });
const noticeKeys = (ctx: CommandContext) => ctx.store.getState().notices.map((n) => n.key);
const offline = () => vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);

afterEach(() => vi.restoreAllMocks());

describe('a failure caused by the connection', () => {
  it('is recognised from any browser wording of a failed import, or from the browser being offline', () => {
    expect(causedByConnection(new TypeError('Failed to fetch dynamically imported module: http://x/assets/svg-1.js'))).toBe(true);
    expect(causedByConnection(new TypeError('error loading dynamically imported module: http://x/assets/svg-1.js'))).toBe(true);
    expect(causedByConnection(new TypeError('Importing a module script failed.'))).toBe(true);
    expect(causedByConnection(new Error('Unable to preload CSS for /assets/quality-1.css'))).toBe(true);
    expect(causedByConnection(new Error('Invalid character U+0001'))).toBe(false);
    expect(causedByConnection('weird')).toBe(false);
    offline();
    expect(causedByConnection(new Error('Invalid character U+0001'))).toBe(true);
  });

  it('makes Arrange map say to check the connection when its code cannot load', async () => {
    const ctx = ctxFor();
    await arrangeMap(ctx, () => Promise.reject(new TypeError('Failed to fetch dynamically imported module: http://x/assets/client-1.js')));
    expect(noticeKeys(ctx)).toEqual(['offline.layoutFailed']);
    expect(ctx.store.getState().jobs).toEqual([]);
  });

  it('keeps the plain message when the layout fails for another reason', async () => {
    const ctx = ctxFor();
    await arrangeMap(ctx, () => Promise.reject(new Error('The layout worker failed.')));
    expect(noticeKeys(ctx)).toEqual(['layout.failed']);
  });

  it('makes an export say to check the connection when the browser is offline, and changes nothing', async () => {
    const ctx = ctxFor();
    const before = ctx.store.getState().doc;
    offline();
    // jsdom cannot draw a PNG, so this export fails here whatever the connection.
    await exportMap(ctx, 'png');
    expect(noticeKeys(ctx)).toEqual(['offline.exportFailed']);
    expect(ctx.store.getState().doc).toBe(before);
    vi.restoreAllMocks();
    await exportMap(ctx, 'png');
    expect(noticeKeys(ctx)).toEqual(['offline.exportFailed', 'notice.exportFailed']);
  });
});
