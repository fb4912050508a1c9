import { describe, expect, it } from 'vitest';
import { dimmedOf, pictureOf, shownNote } from '../../src/actions/exportScope';
import { NO_FILTERS } from '../../src/domain/filters';
import { sampleMap } from '../../src/domain/sample';
import { registerMessages } from '../../src/i18n';
import { viewsEn, viewsEs } from '../../src/i18n/views';
import { mapToSvg } from '../../src/io/image/svg';
import { viewOverlay } from '../../src/panels/views/viewOverlay';

registerMessages(viewsEn, viewsEs);

describe('pictures of a shown view', () => {
  const doc = sampleMap();
  const actor = doc.actors[0]!.id;
  const overlay = viewOverlay(doc, [actor], null);

  it('knows which elements the view dims, and nothing without a highlight', () => {
    expect(dimmedOf(overlay).size).toBe(doc.actors.length + doc.relationships.length - 1);
    expect(dimmedOf(overlay).has(actor)).toBe(false);
    expect(viewOverlay(doc, [], null)).toBeNull();
    expect(dimmedOf(null).size).toBe(0);
  });

  it('draws what is shown with the rest faded and a note, in the user language; the whole map plain', () => {
    const dimmed = dimmedOf(overlay);
    const shown = pictureOf(doc, NO_FILTERS, 'shown', 'es', dimmed);
    expect(shown.filterNote).toBe('Resaltado: 1 elemento; el resto atenuado.');
    const svg = mapToSvg(shown.doc, { lang: 'es', showScores: false, filterNote: shown.filterNote, dimmed: shown.dimmed });
    expect(svg.match(/opacity="0.15"/g)?.length).toBeGreaterThanOrEqual(dimmed.size);
    expect(svg).toContain('Resaltado: 1 elemento');
    const whole = pictureOf(doc, NO_FILTERS, 'whole', 'es', dimmed);
    expect(whole).toEqual({ doc });
    expect(mapToSvg(whole.doc, { lang: 'es', showScores: false })).not.toContain('opacity=');
  });

  it('says both when a filter and a highlight are on', () => {
    const note = shownNote(doc, { ...NO_FILTERS, decisions: ['exit'] }, dimmedOf(overlay), 'en');
    expect(note).toMatch(/^Filter on: showing 1 of 13 relationships and 11 of 11 actors\. Highlighted: 1 element; the rest dimmed\.$/);
  });
});
