import { describe, expect, it } from 'vitest';
import { commandById, COMMANDS, shortcutOf } from '../../src/actions/commands';
import type { CommandContext } from '../../src/actions/context';
import { addActorOfType, connectActors } from '../../src/actions/edits';
import { en } from '../../src/i18n/catalogue';
import { createAppStore, type AppStore } from '../../src/store/createAppStore';

type Keys = Parameters<typeof shortcutOf>[0];
const key = (k: string, mods: Partial<Omit<Keys, 'key'>> = {}): Keys => ({
  key: k, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods,
});

describe('shortcutOf', () => {
  it('reads Ctrl+Z as "mod+z" on Windows and Linux', () => {
    expect(shortcutOf(key('z', { ctrlKey: true }), false)).toBe('mod+z');
  });

  it('reads Ctrl+Shift+Z as "mod+shift+z", whatever the case of the key', () => {
    expect(shortcutOf(key('Z', { ctrlKey: true, shiftKey: true }), false)).toBe('mod+shift+z');
    expect(shortcutOf(key('z', { ctrlKey: true, shiftKey: true }), false)).toBe('mod+shift+z');
  });

  it('reads Ctrl+Y as "ctrl+y"', () => {
    expect(shortcutOf(key('y', { ctrlKey: true }), false)).toBe('ctrl+y');
    expect(shortcutOf(key('y', { ctrlKey: true }), true)).toBe('ctrl+y');
  });

  it('reads Cmd+Z on a Mac as "mod+z", and Ctrl+Z there as plain ctrl', () => {
    expect(shortcutOf(key('z', { metaKey: true }), true)).toBe('mod+z');
    expect(shortcutOf(key('Z', { metaKey: true, shiftKey: true }), true)).toBe('mod+shift+z');
    expect(shortcutOf(key('z', { ctrlKey: true }), true)).toBe('ctrl+z');
  });

  it('reads named keys and Shift+1', () => {
    expect(shortcutOf(key('Delete'), false)).toBe('delete');
    expect(shortcutOf(key('Backspace'), true)).toBe('backspace');
    expect(shortcutOf(key('!', { shiftKey: true }), false)).toBe('shift+1');
    expect(shortcutOf(key('c'), false)).toBe('c');
    expect(shortcutOf(key('s', { ctrlKey: true, altKey: true }), false)).toBe('mod+alt+s');
  });
});

describe('COMMANDS', () => {
  it('have unique ids and a translated label', () => {
    const ids = COMMANDS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of COMMANDS) expect(Object.keys(en)).toContain(c.label);
  });

  it('give every shortcut to exactly one command', () => {
    const owners = new Map<string, string[]>();
    for (const c of COMMANDS) for (const s of c.shortcuts) owners.set(s, [...(owners.get(s) ?? []), c.id]);
    const shared = [...owners].filter(([, ids]) => ids.length !== 1);
    expect(shared).toEqual([]);
  });

  it('write shortcuts the way shortcutOf reads them', () => {
    for (const c of COMMANDS) {
      for (const s of c.shortcuts) {
        expect(s).toBe(s.toLowerCase());
        expect(s).toMatch(/^(mod\+)?(ctrl\+)?(shift\+)?(alt\+)?[a-z0-9]+$/);
      }
    }
  });

  it('map the usual editor keys to the right command', () => {
    const byShortcut = (s: string) => COMMANDS.find((c) => c.shortcuts.includes(s))?.id;
    expect(byShortcut(shortcutOf(key('z', { ctrlKey: true }), false))).toBe('undo');
    expect(byShortcut(shortcutOf(key('z', { metaKey: true }), true))).toBe('undo');
    expect(byShortcut(shortcutOf(key('Z', { ctrlKey: true, shiftKey: true }), false))).toBe('redo');
    expect(byShortcut(shortcutOf(key('y', { ctrlKey: true }), false))).toBe('redo');
    expect(byShortcut(shortcutOf(key('Delete'), false))).toBe('delete');
    expect(byShortcut(shortcutOf(key('Backspace'), true))).toBe('delete');
  });

  it('commandById finds each command and refuses an unknown one', () => {
    for (const c of COMMANDS) expect(commandById(c.id)).toBe(c);
    expect(() => commandById('no-such-command')).toThrow('Unknown command no-such-command');
  });
});

function ctxFor(store: AppStore): CommandContext {
  return { store, canvas: () => null, ui: { confirm: async () => true, pickMapFile() {} } };
}

describe('connect', () => {
  const connect = commandById('connect');

  function fourActors() {
    const store = createAppStore();
    const ids = ['seed-company', 'insurer', 'mno', 'seed-agency'].map((t, i) => addActorOfType(store, t, { x: i * 100, y: 0 })!);
    return { store, ids };
  }

  it('is enabled only with exactly two actors selected', () => {
    const { store, ids } = fourActors();
    const [a, b, c] = ids as [string, string, string];
    const enabledWith = (selection: string[]) => {
      store.getState().select(selection);
      return connect.enabled(store.getState());
    };
    expect(enabledWith([])).toBe(false);
    expect(enabledWith([a])).toBe(false);
    expect(enabledWith([a, b])).toBe(true);
    expect(enabledWith([a, b, c])).toBe(false);
    const r = connectActors(store, a, b)!;
    expect(enabledWith([a, r])).toBe(false);
    expect(enabledWith([a, 'ghost'])).toBe(false);
  });

  it('connects the two selected actors and selects the new relationship', async () => {
    const { store, ids } = fourActors();
    store.getState().select([ids[0]!, ids[2]!]);
    await connect.run(ctxFor(store));
    const rel = store.getState().doc.relationships.at(-1)!;
    expect(rel).toMatchObject({ source: ids[0], target: ids[2] });
    expect(store.getState().selection).toEqual([rel.id]);
  });

  it('explains itself when run without two actors selected', async () => {
    const { store, ids } = fourActors();
    store.getState().select([ids[0]!]);
    await connect.run(ctxFor(store));
    expect(store.getState().doc.relationships).toEqual([]);
    expect(store.getState().notices.at(-1)).toMatchObject({ key: 'notice.connectNeedsTwo', tone: 'error' });
  });
});

describe('other commands', () => {
  it('undo and redo are enabled only when there is something to undo or redo', () => {
    const store = createAppStore();
    const undo = commandById('undo');
    const redo = commandById('redo');
    expect(undo.enabled(store.getState())).toBe(false);
    addActorOfType(store, 'donor', { x: 0, y: 0 });
    expect(undo.enabled(store.getState())).toBe(true);
    expect(redo.enabled(store.getState())).toBe(false);
    void undo.run(ctxFor(store));
    expect(redo.enabled(store.getState())).toBe(true);
    expect(store.getState().doc.actors).toEqual([]);
  });

  it('delete removes the selection as one undo step', async () => {
    const store = createAppStore();
    const a = addActorOfType(store, 'donor', { x: 0, y: 0 })!;
    const b = addActorOfType(store, 'ngo', { x: 100, y: 0 })!;
    connectActors(store, a, b);
    const del = commandById('delete');
    store.getState().select([]);
    expect(del.enabled(store.getState())).toBe(false);
    store.getState().select([a]);
    expect(del.enabled(store.getState())).toBe(true);
    const depth = store.getState().undoSteps.length;
    await del.run(ctxFor(store));
    expect(store.getState().doc.actors.map((x) => x.id)).toEqual([b]);
    expect(store.getState().doc.relationships).toEqual([]);
    expect(store.getState().undoSteps.length).toBe(depth + 1);
  });

  it('new map asks first when the map has content, and is one undo step', async () => {
    const store = createAppStore();
    addActorOfType(store, 'donor', { x: 0, y: 0 });
    const asked: string[] = [];
    const ctx: CommandContext = {
      store,
      canvas: () => null,
      ui: { confirm: async (r) => (asked.push(r.title), false), pickMapFile() {} },
    };
    await commandById('new-map').run(ctx);
    expect(asked).toEqual(['confirm.newMap.title']);
    expect(store.getState().doc.actors).toHaveLength(1);
    await commandById('new-map').run(ctxFor(store));
    expect(store.getState().doc.actors).toEqual([]);
    store.getState().undo();
    expect(store.getState().doc.actors).toHaveLength(1);
  });
});
