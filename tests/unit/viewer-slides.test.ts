import { describe, expect, it } from 'vitest';
import type { MapDocument, Snapshot } from '../../src/domain/types';
import { presentedDoc, slidesOf } from '../../src/io/donor/presentation';
import { COMPARE_CLASS } from '../../src/snapshots/overlay';
import { mapToSvg } from '../../src/io/image/svg';
import { slideMap } from '../../src/viewer/slideMap';
import { baseline } from './snapshot-fixtures';

const snap = (id: string, date: string, doc: MapDocument): Snapshot => {
  const { snapshots: _none, ...map } = doc;
  return { id, name: id, date, note: '', takenAt: `${date}T10:00:00.000Z`, doc: map };
};

/** Baseline snapshotted, then Tigo deleted with its relationship. */
function history(): MapDocument {
  const before = baseline();
  const now = { ...before, actors: before.actors.filter((a) => a.id !== 'a_mno'), relationships: before.relationships.filter((r) => r.id !== 'r_seedmno') };
  return { ...now, snapshots: [snap('s_base', '2026-03-12', before)] };
}

const camera = { pan: { x: 0, y: 0 }, zoom: 1 };

describe('slides of the one-file presentation', () => {
  it('keep the frame a view was saved in, and the snapshot or comparison it holds', () => {
    const [a, b, c] = slidesOf([
      { id: 'v1', camera, frame: { width: 1200, height: 800 }, snapshotId: 's_base' },
      { id: 'v2', camera, frame: { width: 0, height: 800 }, compare: { from: 's_base', to: '' } },
      { id: 'v3', camera, compare: { from: 's_base' }, snapshotId: 7 },
    ])!;
    expect(a).toMatchObject({ frame: { width: 1200, height: 800 }, snapshotId: 's_base' });
    expect(b).toMatchObject({ compare: { from: 's_base', to: '' } });
    expect(b && 'frame' in b).toBe(false);
    expect(c && ('snapshotId' in c || 'frame' in c)).toBe(false);
    expect(c?.compare).toEqual({ from: 's_base', to: '' });
  });

  it('show the snapshot’s map, or both maps of a comparison with its marks, or the map when the snapshot is missing', () => {
    const doc = history();
    expect(slideMap(doc, null).doc).toBe(doc);
    expect(slideMap(doc, { snapshotId: 's_gone' }).doc).toBe(doc);
    const then = slideMap(doc, { snapshotId: 's_base' });
    expect(then.doc.actors.map((a) => a.id)).toContain('a_mno');
    expect(then.marks).toBeUndefined();
    const since = slideMap(doc, { compare: { from: 's_base', to: '' } });
    expect(since.doc.actors.map((a) => a.id).toSorted()).toEqual(['a_ins', 'a_mno', 'a_prog', 'a_seed']);
    expect(since.marks?.get('a_mno')).toEqual([COMPARE_CLASS.removed]);
    expect(since.marks?.get('r_seedmno')).toEqual([COMPARE_CLASS.removed]);
    expect(slideMap(doc, { compare: { from: 's_base', to: 's_gone' } }).doc).toBe(doc);
  });

  it('carry the snapshots their slides need into the file, and no others', () => {
    const doc = { ...history(), snapshots: [...history().snapshots, snap('s_old', '2025-01-01', baseline())] };
    const slides = slidesOf([{ id: 'v', camera, compare: { from: 's_old', to: '' } }])!;
    expect(presentedDoc(doc, slides).snapshots.map((s) => s.id)).toEqual(['s_base', 's_old']);
    expect(presentedDoc(doc, []).snapshots.map((s) => s.id)).toEqual(['s_base']);
  });

  it('dim what a view does not highlight, as presentation mode does, on the map or the snapshot it shows', () => {
    const doc = history();
    const [plain, lit, then] = slidesOf([
      { id: 'v1', camera },
      { id: 'v2', camera, highlight: ['a_seed', 'r_seedins', 7, '', 'a_ins'] },
      { id: 'v3', camera, highlight: ['a_mno'], snapshotId: 's_base' },
    ])!;
    expect(plain && 'highlight' in plain).toBe(false);
    expect(lit?.highlight).toEqual(['a_seed', 'r_seedins', 'a_ins']);
    expect(slideMap(doc, plain!).dimmed).toBeUndefined();
    expect([...slideMap(doc, lit!).dimmed!].toSorted()).toEqual(['a_prog', 'r_progseed']);
    // Tigo is gone from the map but not from the snapshot the slide shows.
    expect([...slideMap(doc, then!).dimmed!].toSorted()).toEqual(['a_ins', 'a_prog', 'a_seed', 'r_progseed', 'r_seedins', 'r_seedmno']);
    // A highlight of nothing on this map dims nothing.
    expect(slideMap(doc, { highlight: ['a_gone'] }).dimmed).toBeUndefined();

    const { doc: shown, dimmed } = slideMap(doc, lit!);
    const svg = mapToSvg(shown, { lang: 'en', showScores: true, date: '2026-10-01', ...(dimmed ? { dimmed } : {}) });
    const faded = (kind: string, id: string) => new RegExp(`<path class="${kind}" opacity="0.15" data-id="${id}"`).test(svg);
    expect(faded('actor', 'a_prog')).toBe(true);
    expect(faded('relationship', 'r_progseed')).toBe(true);
    expect(faded('actor', 'a_seed')).toBe(false);
    expect(faded('relationship', 'r_seedins')).toBe(false);
  });

  it('draw a removed ghost outside the highlight with one opacity, the dimmer, so the SVG stays well-formed', () => {
    const since = slideMap(history(), { compare: { from: 's_base', to: '' }, highlight: ['r_seedins'] });
    expect(since.dimmed?.has('a_mno')).toBe(true);
    const svg = mapToSvg(since.doc, { lang: 'en', showScores: true, date: '2026-10-01', ...(since.marks ? { marks: since.marks } : {}), ...(since.dimmed ? { dimmed: since.dimmed } : {}) });
    for (const id of ['a_mno', 'r_seedmno']) {
      const tag = new RegExp(`<path class="(actor|relationship)"[^>]*data-id="${id}"[^>]*>`).exec(svg)![0];
      expect(tag.match(/ opacity="/g)).toHaveLength(1);
      expect(tag).toContain('opacity="0.15"');
    }
    expect(new DOMParser().parseFromString(svg, 'image/svg+xml').querySelector('parsererror')).toBeNull();
  });
});
