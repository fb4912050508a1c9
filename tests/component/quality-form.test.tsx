import { act, fireEvent, screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { localToday } from '../../src/domain/dates';
import { RelationshipQuality } from '../../src/panels/quality/RelationshipQuality';
import { useApp } from '../../src/store/context';
import { renderWithApp } from './harness';
import { qualityDoc, relOf } from './quality-fixtures';

// jsdom has no CSS.escape, which user-event needs to walk a named radio group with the arrow keys.
const css = (window.CSS ??= {} as typeof CSS);
css.escape ??= (value: string) => value.replace(/[^\w-]/g, (c) => `\\${c}`);

function Wired({ id }: { id: string }) {
  const rel = useApp((s) => s.doc.relationships.find((r) => r.id === id));
  return rel ? <RelationshipQuality rel={rel} /> : null;
}

const setup = (id = 'r2', lang: 'en' | 'es' = 'en') => renderWithApp(<Wired id={id} />, { doc: qualityDoc(), lang });
const badge = () => screen.getByRole('group', { name: 'Current decision' });
const preview = () => screen.getByRole('status', { name: 'Preview' });
const focused = () => document.activeElement as HTMLInputElement;

/** Focus is on a score group's checked radio ("Not assessed", last): arrow right wraps to 1, then on. */
async function rateByArrows(user: UserEvent, score: number) {
  for (let i = 0; i < score; i += 1) await user.keyboard('{ArrowRight}');
}

describe('AssessmentForm', () => {
  it('is filled in and saved with the keyboard alone', async () => {
    const { store, user } = setup();
    expect(badge().textContent).toContain('Not assessed — no assessment yet');
    await user.tab();
    expect(focused()).toBe(screen.getByRole('button', { name: 'New assessment' }));
    await user.keyboard('{Enter}');

    const form = await screen.findByRole('form', { name: 'New assessment' });
    expect(focused()).toBe(within(form).getByLabelText('Assessment date'));
    expect(focused().value).toBe(localToday());
    expect(preview().textContent).toContain('Not assessed — 0 of 8 dimensions rated (5 needed)');
    expect(preview().textContent).toContain('Overall: insufficient data');

    await user.tab();
    await user.keyboard('Ana');
    await user.tab();
    expect(focused()).toBe(within(form).getByRole('combobox', { name: 'Perspective' }));
    await user.selectOptions(focused(), 'Joint');

    const rateNext = async (scores: number[]) => {
      for (const score of scores) {
        await user.tab();
        expect(focused().type).toBe('radio');
        expect(focused().checked).toBe(true);
        await rateByArrows(user, score);
      }
    };
    await rateNext([4, 4, 4]);
    expect(preview().textContent).toContain('3 of 8 dimensions rated');
    await rateNext([2, 4, 4, 4, 5]);
    const trust = within(form).getByRole('group', { name: 'Trust & openness' });
    expect((within(trust).getByRole('radio', { name: '2' }) as HTMLInputElement).checked).toBe(true);

    await user.tab();
    expect(focused()).toBe(within(form).getByRole('radio', { name: 'Yes' }));
    await user.keyboard(' ');
    expect(focused().checked).toBe(true);

    // (6·4 + 2 + 5) / 8 = 3.875, but trust is 2: Adjust, which needs an action and a review date.
    expect(preview().textContent).toContain('Adjust — Trust & openness rated 2');
    expect(preview().textContent).toContain('Overall: 3.9 / 5 · 72 / 100');
    expect(screen.getByText(/Adjust needs a next action and a review date/)).toBeTruthy();

    await user.tab();
    await user.keyboard('Trust dipped after the late payment.');
    await user.tab();
    await user.keyboard('Monthly meeting with both managers');
    await user.tab();
    expect(focused()).toBe(within(form).getByLabelText('Next review date'));
    fireEvent.change(focused(), { target: { value: '2025-09-30' } });
    expect(screen.queryByText(/Adjust needs a next action and a review date/)).toBeNull();
    await user.tab();
    await user.tab();
    expect(focused()).toBe(within(form).getByRole('button', { name: 'Save assessment' }));
    await user.keyboard('{Enter}');

    const saved = relOf(store.getState().doc, 'r2').assessments;
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({
      date: localToday(), assessor: 'Ana', perspective: 'joint', fit: 'yes', notes: 'Trust dipped after the late payment.',
      action: 'Monthly meeting with both managers', reviewDate: '2025-09-30',
      scores: { alignment: 4, value: 4, commitment: 4, trust: 2, communication: 4, investment: 4, learning: 4, risk: 5 },
    });
    expect(store.getState().undoSteps).toEqual(['quality.history.assess']);
    expect(screen.queryByRole('form')).toBeNull();
    expect(badge().textContent).toContain('Adjust — Trust & openness rated 2');
    expect(focused()).toBe(screen.getByRole('button', { name: 'New assessment' }));

    act(() => void store.getState().undo());
    expect(relOf(store.getState().doc, 'r2').assessments).toEqual([]);
    expect(badge().textContent).toContain('Not assessed');
  }, 20_000);

  it('labels every control and shows each definition and the meaning of 1 and 5 as text', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: 'New assessment' }));
    const trust = await screen.findByRole('group', { name: 'Trust & openness' });
    expect(within(trust).getByText('Do partners share information and raise problems?')).toBeTruthy();
    expect(within(trust).getByText('1 means: Information withheld')).toBeTruthy();
    expect(within(trust).getByText('5 means: Shares sensitive data; raises problems early')).toBeTruthy();
    expect(trust.getAttribute('aria-describedby')?.split(' ')).toHaveLength(2);
    expect(within(trust).getAllByRole('radio').map((r) => r.getAttribute('value'))).toEqual(['1', '2', '3', '4', '5', 'na']);
    expect(within(trust).getByRole('radio', { name: 'Not assessed' })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Is this still the right partner?' })).toBeTruthy();
    for (const name of ['Assessor', 'Assessment notes', 'Next action']) expect(screen.getByRole('textbox', { name })).toBeTruthy();
    expect(screen.getByLabelText('Next review date')).toBeTruthy();
    expect(screen.getAllByRole('group').length).toBeGreaterThanOrEqual(9);
  });

  it('opens as a modal dialog named like the form; Escape cancels it and gives focus back', async () => {
    const { store, user } = setup();
    await user.click(screen.getByRole('button', { name: 'New assessment' }));
    const dialog = await screen.findByRole('dialog', { name: 'New assessment' });
    expect((dialog as HTMLDialogElement).open).toBe(true);
    expect(dialog.classList.contains('quality-form-dialog')).toBe(true);
    expect(within(dialog).getByRole('form', { name: 'New assessment' })).toBeTruthy();
    // Each dimension is one row: its name, definition and anchors beside its six choices.
    const trust = within(dialog).getByRole('group', { name: 'Trust & openness' });
    expect(trust.querySelector('.quality-score-text')?.textContent).toBe(
      'Do partners share information and raise problems?1 means: Information withheld5 means: Shares sensitive data; raises problems early',
    );
    expect(trust.querySelector('.quality-radios')?.parentElement).toBe(trust);
    await user.click(within(trust).getByRole('radio', { name: '5' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(focused()).toBe(screen.getByRole('button', { name: 'New assessment' }));
    expect(store.getState().undoSteps).toEqual([]);
  });

  it('rounds the overall the same way in the reason and the score: 4.25 shows as 4.3 in both', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: 'New assessment' }));
    const dims = ['Alignment & complementarity', 'Mutual value', 'Reliability & commitment', 'Trust & openness', 'Communication fit', 'Resource contribution', 'Learning & adaptability', 'Risk & power balance'];
    for (const [i, name] of dims.entries()) {
      await user.click(within(screen.getByRole('group', { name })).getByRole('radio', { name: i < 2 ? '5' : '4' }));
    }
    await user.click(screen.getByRole('radio', { name: 'Yes' }));
    expect(preview().textContent).toContain('Proceed — overall 4.3, at or above 3.75');
    expect(preview().textContent).toContain('Overall: 4.3 / 5 · 81 / 100');
    expect(preview().textContent).not.toContain('4.25');
  });

  it('Cancel changes nothing', async () => {
    const { store, user } = setup();
    await user.click(screen.getByRole('button', { name: 'New assessment' }));
    await user.click(within(screen.getByRole('group', { name: 'Mutual value' })).getByRole('radio', { name: '5' }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('form')).toBeNull();
    expect(store.getState().undoSteps).toEqual([]);
    expect(relOf(store.getState().doc, 'r2').assessments).toEqual([]);
  });

  it('saves the score of a dimension keyed __proto__ like any other', async () => {
    const doc = qualityDoc();
    const t = { en: 'Proto', es: 'Proto' };
    doc.framework.dimensions.push({ key: '__proto__', label: t, definition: t, low: t, high: t, weight: 1 });
    const { store, user } = renderWithApp(<Wired id="r2" />, { doc });
    await user.click(screen.getByRole('button', { name: 'New assessment' }));
    await user.click(within(screen.getByRole('group', { name: 'Proto' })).getByRole('radio', { name: '4' }));
    await user.click(screen.getByRole('button', { name: 'Save assessment' }));
    const scores = relOf(store.getState().doc, 'r2').assessments[0]!.scores;
    expect(Object.hasOwn(scores, '__proto__')).toBe(true);
    expect(scores.__proto__).toBe(4);
  });

  it('needs a date', async () => {
    const { store, user } = setup();
    await user.click(screen.getByRole('button', { name: 'New assessment' }));
    fireEvent.change(screen.getByLabelText('Assessment date'), { target: { value: '' } });
    await user.click(screen.getByRole('button', { name: 'Save assessment' }));
    expect(screen.getByRole('alert').textContent).toBe('A date is needed to place the assessment in the history.');
    expect(store.getState().undoSteps).toEqual([]);
    expect(focused()).toBe(screen.getByLabelText('Assessment date'));
  });

  it('shows Exit with only the reason that decided it, not every weak score', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: 'New assessment' }));
    await user.click(screen.getByRole('radio', { name: 'No, not any more' }));
    expect(preview().textContent).toContain('Exit / re-scope — fit check answered No');
    // Two weak scores would mean Adjust on their own; with the No they are not what decided it.
    for (const [name, score] of [['Trust & openness', '2'], ['Mutual value', '2'], ['Risk & power balance', '4'], ['Communication fit', '4'], ['Learning & adaptability', '4']]) {
      await user.click(within(screen.getByRole('group', { name: name! })).getByRole('radio', { name: score! }));
    }
    expect(preview().textContent).toContain('Exit / re-scope — fit check answered NoOverall: 3.2 / 5');
    expect(preview().textContent).not.toMatch(/rated 2/);
    expect(screen.queryByText(/Adjust needs/)).toBeNull();
  });

  it('speaks Spanish', async () => {
    const { user } = setup('r2', 'es');
    await user.click(screen.getByRole('button', { name: 'Nueva evaluación' }));
    const trust = screen.getByRole('group', { name: 'Confianza y apertura' });
    expect(within(trust).getByText('1 significa: Se oculta información')).toBeTruthy();
    await user.click(within(trust).getByRole('radio', { name: '1' }));
    expect(screen.getByRole('status', { name: 'Vista previa' }).textContent).toContain('Sin evaluar — 1 de 8 dimensiones calificadas (se necesitan 5)');
    expect(screen.getByRole('button', { name: 'Guardar evaluación' })).toBeTruthy();
  });
});
