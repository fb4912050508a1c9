import { act, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { defaultFramework } from '../../src/domain/framework';
import { FrameworkEditor } from '../../src/panels/quality/FrameworkEditor';
import { FrameworkEditorButton } from '../../src/panels/quality/FrameworkEditorButton';
import type { AppStore } from '../../src/store/createAppStore';
import { renderWithApp } from './harness';
import { qualityDoc } from './quality-fixtures';

function setup(lang: 'en' | 'es' = 'en') {
  const onClose = vi.fn<() => void>();
  const app = renderWithApp(<FrameworkEditor onClose={onClose} />, { doc: qualityDoc(), lang });
  return { ...app, onClose };
}

const framework = (store: AppStore) => store.getState().doc.framework;
const dim = (store: AppStore, key: string) => framework(store).dimensions.find((d) => d.key === key);
const group = (name: string) => screen.getByRole('group', { name });
const undo = (store: AppStore) => act(() => void store.getState().undo());

describe('FrameworkEditor', () => {
  it('is a labelled dialog listing every dimension with its texts and weight', () => {
    setup();
    const dialog = screen.getByRole('dialog', { name: 'Quality framework' });
    expect(dialog.hasAttribute('open')).toBe(true);
    const trust = within(dialog).getByRole('group', { name: 'Trust & openness' });
    expect((within(trust).getByRole('textbox', { name: 'Name' }) as HTMLInputElement).value).toBe('Trust & openness');
    expect((within(trust).getByRole('textbox', { name: 'Definition' }) as HTMLTextAreaElement).value).toBe(
      'Do partners share information and raise problems?',
    );
    expect((within(trust).getByRole('textbox', { name: '1 means' }) as HTMLInputElement).value).toBe('Information withheld');
    expect(within(trust).getByRole('textbox', { name: '5 means' })).toBeTruthy();
    expect((within(trust).getByRole('spinbutton', { name: 'Weight' }) as HTMLInputElement).value).toBe('1');
    expect(within(dialog).getAllByRole('button', { name: /^Remove “/ })).toHaveLength(8);
  });

  it('renames a dimension on Enter, one undo step; undo shows the old name again', async () => {
    const { store, user } = setup();
    const name = within(group('Trust & openness')).getByRole('textbox', { name: 'Name' });
    await user.clear(name);
    await user.type(name, 'Trust{Enter}');
    expect(dim(store, 'trust')!.label).toEqual({ en: 'Trust', es: 'Confianza y apertura' });
    expect(store.getState().undoSteps).toEqual(['quality.history.editDimension']);
    expect(group('Trust')).toBeTruthy();
    undo(store);
    expect(dim(store, 'trust')!.label.en).toBe('Trust & openness');
    expect((within(group('Trust & openness')).getByRole('textbox', { name: 'Name' }) as HTMLInputElement).value).toBe('Trust & openness');
  });

  it('refuses an empty name', async () => {
    const { store, user } = setup();
    const name = within(group('Mutual value')).getByRole('textbox', { name: 'Name' });
    await user.clear(name);
    await user.keyboard('{Enter}');
    expect(screen.getByRole('alert').textContent).toBe('A dimension needs a name.');
    expect(store.getState().undoSteps).toEqual([]);
  });

  it('edits the Spanish texts when the app is in Spanish', async () => {
    const { store, user } = setup('es');
    const def = within(group('Confianza y apertura')).getByRole('textbox', { name: 'Definición' });
    await user.clear(def);
    await user.type(def, '¿Se cuentan los problemas?');
    await user.tab();
    expect(dim(store, 'trust')!.definition).toEqual({ en: 'Do partners share information and raise problems?', es: '¿Se cuentan los problemas?' });
  });

  it('refuses to set the last weight above 0 to 0, and says why next to the field, in both languages', async () => {
    for (const lang of ['en', 'es'] as const) {
      const doc = qualityDoc();
      doc.framework.dimensions = doc.framework.dimensions.map((d) => ({ ...d, weight: d.key === 'trust' ? 1 : 0 }));
      const app = renderWithApp(<FrameworkEditor onClose={() => {}} />, { doc, lang });
      const trust = within(screen.getByRole('group', { name: lang === 'en' ? 'Trust & openness' : doc.framework.dimensions.find((d) => d.key === 'trust')!.label.es }));
      const weight = trust.getByRole('spinbutton', { name: lang === 'en' ? 'Weight' : 'Peso' });
      await app.user.clear(weight);
      await app.user.type(weight, '0');
      expect(trust.getByRole('alert').textContent).toBe(
        lang === 'en'
          ? 'At least one dimension must weigh more than 0: with every weight at 0 no relationship could be scored.'
          : 'Al menos una dimensión debe pesar más que 0: con todos los pesos en 0 no se podría puntuar ninguna relación.',
      );
      await app.user.tab();
      expect(app.store.getState().doc.framework.dimensions.find((d) => d.key === 'trust')!.weight).toBe(1);
      expect(app.store.getState().undoSteps).toHaveLength(0);
      app.unmount();
    }
  });

  it('says so when a framework has every weight at 0 (as opened from a file)', () => {
    const doc = qualityDoc();
    doc.framework.dimensions = doc.framework.dimensions.map((d) => ({ ...d, weight: 0 }));
    renderWithApp(<FrameworkEditor onClose={() => {}} />, { doc });
    expect(screen.getByText('Every weight is 0, so every dimension counts equally until one weighs more than 0.').getAttribute('role')).toBe('alert');
  });

  it('changes a weight on blur, and refuses a negative one', async () => {
    const { store, user } = setup();
    const weight = within(group('Mutual value')).getByRole('spinbutton', { name: 'Weight' });
    await user.clear(weight);
    await user.type(weight, '2.5');
    await user.tab();
    expect(dim(store, 'value')!.weight).toBe(2.5);
    expect(store.getState().undoSteps).toHaveLength(1);
    await user.clear(weight);
    await user.type(weight, '-1');
    expect(within(group('Mutual value')).getByRole('alert').textContent).toBe('A weight is a number of 0 or more.');
    await user.tab();
    expect(dim(store, 'value')!.weight).toBe(2.5);
    undo(store);
    expect(dim(store, 'value')!.weight).toBe(1);
    expect((weight as HTMLInputElement).value).toBe('1');
  });

  it('changes a threshold, refuses one that crosses another, and undo restores it', async () => {
    const { store, user } = setup();
    const proceed = screen.getByRole('spinbutton', { name: 'Proceed when overall ≥' });
    await user.clear(proceed);
    await user.type(proceed, '4{Enter}');
    expect(framework(store).thresholds.proceed).toBe(4);
    const exit = screen.getByRole('spinbutton', { name: 'Exit when overall <' });
    await user.clear(exit);
    await user.type(exit, '4.5{Enter}');
    expect(screen.getByRole('alert').textContent).toBe('Exit must not be above Proceed (4).');
    expect(framework(store).thresholds.exit).toBe(2.5);
    const minRated = screen.getByRole('spinbutton', { name: 'Minimum rated dimensions for an overall' });
    await user.clear(minRated);
    await user.type(minRated, '6{Enter}');
    expect(framework(store).thresholds.minRated).toBe(6);
    expect(store.getState().undoSteps).toEqual(['quality.history.thresholds', 'quality.history.thresholds']);
    undo(store);
    undo(store);
    expect(framework(store).thresholds).toEqual(defaultFramework().thresholds);
    expect((proceed as HTMLInputElement).value).toBe('3.75');
  });

  it('asks before removing a dimension that has scores; undo brings it back', async () => {
    const { store, user } = setup();
    await user.click(screen.getByRole('button', { name: 'Remove “Trust & openness”' }));
    expect(
      screen.getByText('Remove “Trust & openness”? 4 scores use it. They are kept in the file and come back if you undo.'),
    ).toBeTruthy();
    expect(dim(store, 'trust')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Remove dimension' }));
    await user.click(screen.getByRole('button', { name: 'Keep it' }));
    expect(dim(store, 'trust')).toBeTruthy();
    expect(store.getState().undoSteps).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Remove “Trust & openness”' }));
    await user.click(screen.getByRole('button', { name: 'Remove dimension' }));
    expect(dim(store, 'trust')).toBeUndefined();
    expect(screen.queryByRole('group', { name: 'Trust & openness' })).toBeNull();
    expect(store.getState().doc.relationships.find((r) => r.id === 'r3')!.assessments[0]!.scores.trust).toBe(2);
    expect(store.getState().undoSteps).toEqual(['quality.history.removeDimension']);
    undo(store);
    expect(framework(store).dimensions.map((d) => d.key)).toEqual(defaultFramework().dimensions.map((d) => d.key));
    expect(group('Trust & openness')).toBeTruthy();
  });

  it('adds a dimension ready to name, and removes one without scores at once', async () => {
    const { store, user } = setup();
    await user.click(screen.getByRole('button', { name: 'Add dimension' }));
    expect(framework(store).dimensions).toHaveLength(9);
    const name = within(group('New dimension')).getByRole('textbox', { name: 'Name' }) as HTMLInputElement;
    expect(document.activeElement).toBe(name);
    await user.keyboard('Gender inclusion{Enter}');
    expect(dim(store, 'new-dimension')!.label.en).toBe('Gender inclusion');
    await user.click(screen.getByRole('button', { name: 'Remove “Gender inclusion”' }));
    expect(framework(store).dimensions).toHaveLength(8);
    expect(store.getState().undoSteps).toEqual([
      'quality.history.addDimension', 'quality.history.editDimension', 'quality.history.removeDimension',
    ]);
  });

  it('resets to defaults after asking; undo restores the edited framework', async () => {
    const { store, user } = setup();
    const weight = within(group('Mutual value')).getByRole('spinbutton', { name: 'Weight' });
    await user.clear(weight);
    await user.type(weight, '3{Enter}');
    await user.click(screen.getByRole('button', { name: 'Remove “Risk & power balance”' }));
    await user.click(screen.getByRole('button', { name: 'Remove dimension' }));
    await user.click(screen.getByRole('button', { name: 'Reset to defaults' }));
    expect(screen.getByText(/Go back to the 8 default dimensions and thresholds\?/)).toBeTruthy();
    expect(framework(store).dimensions).toHaveLength(7);
    await user.click(screen.getByRole('button', { name: 'Reset framework' }));
    expect(framework(store)).toEqual(defaultFramework());
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Reset to defaults' }));
    undo(store);
    expect(framework(store).dimensions).toHaveLength(7);
    expect(dim(store, 'value')!.weight).toBe(3);
  });

  it('closes with Escape or Close', async () => {
    const { user, onClose } = setup();
    expect(screen.getByRole('dialog').contains(document.activeElement)).toBe(true);
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalledTimes(2);
  });
});

describe('FrameworkEditorButton', () => {
  it('opens the editor and gives focus back when it closes', async () => {
    const { user } = renderWithApp(<FrameworkEditorButton />, { doc: qualityDoc() });
    const open = screen.getByRole('button', { name: 'Quality framework…' });
    await user.click(open);
    expect(await screen.findByRole('dialog', { name: 'Quality framework' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(open);
  });
});
