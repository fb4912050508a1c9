import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.restoreAllMocks();
  vi.doUnmock('../../src/i18n/spanish');
  vi.resetModules();
});

describe('the Spanish messages', () => {
  it('load only when Spanish is chosen; until then English stands in', async () => {
    vi.resetModules();
    const i18n = await import('../../src/i18n');
    expect(i18n.translate('es', 'undo.title', { step: 'x' })).toBe('Undo: x');
    await i18n.loadLanguage('es');
    expect(i18n.translate('es', 'undo.title', { step: 'x' })).toBe('Deshacer: x');
  });

  it('keep messages a part registered before them', async () => {
    vi.resetModules();
    const i18n = await import('../../src/i18n');
    i18n.registerMessages({ 'undo.done': 'Undone {step}' }, { 'undo.done': 'Registrado antes: {step}' });
    await i18n.loadLanguage('es');
    expect(i18n.translate('es', 'undo.done', { step: 'x' })).toBe('Registrado antes: x');
  });

  it('that cannot load leave the language as it was and say why', async () => {
    vi.resetModules();
    vi.doMock('../../src/i18n/spanish', () => {
      throw new TypeError('Failed to fetch dynamically imported module: /assets/spanish.js');
    });
    vi.spyOn(console, 'error').mockImplementation(() => {});
    // The workshop room: no connection, and Spanish never fetched before.
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    const { chooseLanguage } = await import('../../src/actions/language');
    const { createAppStore } = await import('../../src/store/createAppStore');
    const store = createAppStore();
    await chooseLanguage(store, 'es');
    expect(store.getState().lang).toBe('en');
    expect(store.getState().notices.at(-1)).toMatchObject({ key: 'language.offline', tone: 'error' });
  });
});
