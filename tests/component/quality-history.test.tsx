import { act, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RelationshipQuality } from '../../src/panels/quality/RelationshipQuality';
import { useApp } from '../../src/store/context';
import { renderWithApp } from './harness';
import { qualityDoc, relOf } from './quality-fixtures';
import { replaceWith } from '../support/replaceWith';

function Wired({ id }: { id: string }) {
  const rel = useApp((s) => s.doc.relationships.find((r) => r.id === id));
  return rel ? <RelationshipQuality rel={rel} /> : null;
}

/** Like the inspector: whichever relationship is selected, without a key of its own. */
function Selected() {
  const rel = useApp((s) => s.doc.relationships.find((r) => r.id === s.selection[0]));
  return rel ? <RelationshipQuality rel={rel} /> : null;
}

const setup = (id = 'r1') => renderWithApp(<Wired id={id} />, { doc: qualityDoc() });
const history = () => screen.getByRole('region', { name: 'History' });
const entries = () => within(history()).getAllByRole('listitem');
const badge = () => screen.getByRole('group', { name: 'Current decision' });
const rowText = (name: string) =>
  [...within(screen.getByRole('table')).getByRole('rowheader', { name }).closest('tr')!.querySelectorAll('td')].map((td) =>
    td.textContent?.replace(/\s+/g, ' ').trim(),
  );

afterEach(() => vi.restoreAllMocks());

describe('AssessmentHistory', () => {
  it('lists assessments oldest to newest with date, assessor, perspective, overall and decision', () => {
    setup();
    const [first, second] = entries();
    expect(first!.textContent).toContain('2025-01-10 · by Ana · Programme');
    expect(first!.textContent).toContain('AdjustOverall: 3.0 / 5 · 50 / 100');
    expect(second!.textContent).toContain('2025-06-10 · by Ana · Joint');
    expect(second!.textContent).toContain('ProceedOverall: 4.1 / 5 · 78 / 100');
    expect(badge().textContent).toContain('Proceed — overall 4.1, at or above 3.75');
  });

  it('draws the overall trend with dates on its axis and the decision at each point, not by colour alone', () => {
    setup();
    const name = 'Overall score over time: Jan 10, 2025: 3.0, Adjust; Jun 10, 2025: 4.1, Proceed';
    const trend = within(history()).getByRole('img', { name });
    expect(trend.querySelector('title')?.textContent).toBe(name);
    expect([...trend.querySelectorAll('.quality-trend-date')].map((d) => d.textContent)).toEqual(['Jan 10, 2025', 'Jun 10, 2025']);
    expect([...trend.querySelectorAll('.quality-trend-tick')].map((d) => d.textContent)).toEqual(['1', '2', '3', '4', '5']);
    // Each decision has its own marker shape as well as its colour, and a key says which is which.
    const markers = [...trend.querySelectorAll('.quality-trend-marker')];
    expect(markers.map((m) => [m.getAttribute('data-decision'), m.tagName.toLowerCase()])).toEqual([['adjust', 'path'], ['proceed', 'circle']]);
    expect(markers.map((m) => m.getAttribute('fill'))).toEqual(['#E69F00', '#009E73']);
    expect(history().querySelector('.quality-trend-key')?.textContent).toBe('ProceedAdjust');
    // Large enough to read: it takes the panel's width, not a thumbnail's.
    expect(trend.getAttribute('width')).toBe('100%');
    expect(trend.getAttribute('viewBox')).toBe('0 0 300 150');
  });

  it('never lets dates on the trend axis overlap; an assessment without an overall sits on the axis line', () => {
    const { store } = setup();
    act(() => {
      replaceWith(store, 'quality.history.assess', (d) => ({
        ...d,
        relationships: d.relationships.map((r) => {
          if (r.id !== 'r1') return r;
          const [first] = r.assessments;
          const extra = ['2025-01-12', '2025-01-15', '2025-03-01'].map((date, i) => ({ ...first!, id: `x${i}`, date }));
          return { ...r, assessments: [...r.assessments, ...extra, { ...first!, id: 'bare', date: '2025-06-20', scores: {}, fit: 'no' as const }] };
        }),
      }));
    });
    const trend = within(history()).getByRole('img', { name: /^Overall score over time: / });
    const dates = [...trend.querySelectorAll('.quality-trend-date')];
    expect(dates.map((d) => d.textContent)).toEqual(['Jan 10, 2025', 'Mar 1, 2025', 'Jun 20, 2025']);
    const xs = dates.map((d) => Number(d.getAttribute('x')));
    for (let i = 1; i < xs.length; i += 1) expect(xs[i]! - xs[i - 1]!).toBeGreaterThanOrEqual(78);
    const markers = [...trend.querySelectorAll('.quality-trend-marker')];
    expect(markers).toHaveLength(6);
    expect(markers.at(-1)!.getAttribute('data-decision')).toBe('exit');
    // A square centred on the axis line (y 124).
    expect(markers.at(-1)!.getAttribute('y')).toBe('119');
    expect(trend.getAttribute('aria-label')).toContain('Jun 20, 2025: no score, Exit / re-scope');
  });

  it('speaks Spanish on the trend axis', () => {
    renderWithApp(<Wired id="r1" />, { doc: qualityDoc(), lang: 'es' });
    expect(screen.getByRole('img', { name: /^Puntaje global en el tiempo: 10 ene 2025: 3\.0, Ajustar; 10 jun 2025: 4\.1, Continuar$/ })).toBeTruthy();
  });

  it('compares the latest assessment with the previous one, per dimension', () => {
    setup();
    expect(screen.getByRole('table', { name: 'Change since the previous assessment' })).toBeTruthy();
    expect(within(screen.getByRole('table')).getAllByRole('columnheader').map((th) => th.textContent)).toEqual([
      'Dimension', 'Previous → latest', 'Change', 'Trend',
    ]);
    expect(rowText('Overall').slice(0, 2)).toEqual(['3.0 → 4.1', '▲ up +1.1']);
    expect(rowText('Trust & openness').slice(0, 2)).toEqual(['3 → 5', '▲ up +2']);
    expect(rowText('Alignment & complementarity').slice(0, 2)).toEqual(['3 → 4', '▲ up +1']);
    expect(screen.getByRole('img', { name: 'Trust & openness over time: 3, 5' })).toBeTruthy();
  });

  it('shows a fall, no change, and a dimension that cannot be compared', async () => {
    const { store } = setup('r3');
    act(() => {
      replaceWith(store, 'quality.history.assess', (d) => ({
        ...d,
        relationships: d.relationships.map((r) =>
          r.id !== 'r3' ? r : { ...r, assessments: [...r.assessments, { ...r.assessments[0]!, id: 'later', date: '2025-05-01', scores: { ...r.assessments[0]!.scores, value: 2, risk: null } }] },
        ),
      }));
    });
    expect(rowText('Mutual value').slice(0, 2)).toEqual(['4 → 2', '▼ down −2']);
    expect(rowText('Trust & openness').slice(0, 2)).toEqual(['2 → 2', '= no change']);
    expect(rowText('Risk & power balance').slice(0, 2)).toEqual(['4 → —', '— not rated']);
  });

  it('edits an assessment in place, as one undo step', async () => {
    const { store, user } = setup();
    await user.click(screen.getByRole('button', { name: 'Edit assessment of 2025-01-10' }));
    const form = await screen.findByRole('form', { name: 'Edit assessment of 2025-01-10' });
    const assessor = within(form).getByRole('textbox', { name: 'Assessor' });
    expect((assessor as HTMLInputElement).value).toBe('Ana');
    await user.clear(assessor);
    await user.type(assessor, 'Luis');
    await user.click(within(within(form).getByRole('group', { name: 'Trust & openness' })).getByRole('radio', { name: '1' }));
    await user.click(within(form).getByRole('button', { name: 'Save assessment' }));
    const first = relOf(store.getState().doc, 'r1').assessments[0]!;
    expect(first).toMatchObject({ assessor: 'Luis', date: '2025-01-10', scores: { trust: 1, value: 3 } });
    expect(store.getState().undoSteps).toEqual(['quality.history.editAssessment']);
    expect(entries()[0]!.textContent).toContain('by Luis');
    // The dialog closed: focus is back on the Edit button that opened it.
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Edit assessment of 2025-01-10' }));
    act(() => void store.getState().undo());
    expect(relOf(store.getState().doc, 'r1').assessments[0]).toMatchObject({ assessor: 'Ana', scores: { trust: 3 } });
    expect(entries()[0]!.textContent).toContain('by Ana');
  });

  it('saving an unchanged edit records nothing', async () => {
    const { store, user } = setup();
    await user.click(screen.getByRole('button', { name: 'Edit assessment of 2025-06-10' }));
    await user.click(await screen.findByRole('button', { name: 'Save assessment' }));
    expect(store.getState().undoSteps).toEqual([]);
  });

  it('deletes only after an inline confirmation, never window.confirm, and undo restores it', async () => {
    const confirm = vi.spyOn(window, 'confirm');
    const { store, user } = setup();
    await user.click(screen.getByRole('button', { name: 'Delete assessment of 2025-06-10' }));
    expect(screen.getByText('Delete the assessment of 2025-06-10? Undo brings it back.')).toBeTruthy();
    const confirmButton = screen.getByRole('button', { name: 'Confirm delete' });
    expect(document.activeElement).toBe(confirmButton);
    expect(relOf(store.getState().doc, 'r1').assessments).toHaveLength(2);
    await user.keyboard('{Enter}');
    expect(confirm).not.toHaveBeenCalled();
    expect(relOf(store.getState().doc, 'r1').assessments.map((a) => a.date)).toEqual(['2025-01-10']);
    expect(store.getState().undoSteps).toEqual(['quality.history.deleteAssessment']);
    expect(badge().textContent).toContain('Adjust — overall 3.0, between 2.5 and 3.75');
    expect(screen.queryByRole('table')).toBeNull();
    act(() => void store.getState().undo());
    expect(entries()).toHaveLength(2);
    expect(badge().textContent).toContain('Proceed');
  });

  it('Keep cancels the delete and gives focus back to Delete', async () => {
    const { store, user } = setup();
    await user.click(screen.getByRole('button', { name: 'Delete assessment of 2025-01-10' }));
    await user.click(screen.getByRole('button', { name: 'Keep' }));
    expect(screen.queryByRole('button', { name: 'Confirm delete' })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Delete assessment of 2025-01-10' }));
    expect(store.getState().undoSteps).toEqual([]);
  });

  it('says when there are no assessments', () => {
    setup('r2');
    expect(within(history()).getByText('No assessments yet.')).toBeTruthy();
    expect(screen.queryByRole('img')).toBeNull();
  });

  it('starts fresh when another relationship is shown', async () => {
    const { store, user } = renderWithApp(<Selected />, { doc: qualityDoc() });
    act(() => store.getState().select(['r1']));
    await user.click(screen.getByRole('button', { name: 'New assessment' }));
    expect(screen.getByRole('form')).toBeTruthy();
    act(() => store.getState().select(['r3']));
    expect(screen.queryByRole('form')).toBeNull();
    expect(badge().textContent).toContain('Adjust — Trust & openness rated 2');
  });
});
