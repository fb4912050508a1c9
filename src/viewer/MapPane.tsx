import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { relationshipLabel } from '../domain/health';
import type { Lang, MapDocument } from '../domain/types';
import type { MessageKey, Params } from '../i18n';
import { mapToSvg } from '../io/image/svg';
import type { ViewerSlide } from '../io/donor/presentation';
import { cameraFor } from '../domain/views';

interface Props {
  doc: MapDocument;
  /** A comparison's marks, when the slide shows one. */
  marks?: ReadonlyMap<string, readonly string[]> | undefined;
  /** Elements outside the slide's highlight, drawn faded. */
  dimmed?: ReadonlySet<string> | undefined;
  lang: Lang;
  today: string;
  selected: string | null;
  onSelect(id: string | null): void;
  /**
   * A slide's camera, as the app's map uses it, and the size of the map area it was saved in, so
   * the slide frames the same part of the map on this screen; null shows the whole map.
   */
  slide: Pick<ViewerSlide, 'camera' | 'frame'> | null;
  t(key: MessageKey, params?: Params): string;
}

/** Screen px = svg units × zoom + pan. */
interface Cam {
  zoom: number;
  x: number;
  y: number;
}

/**
 * The map as the SVG export draws it (escaped text only), panned and zoomed through its viewBox:
 * drag to pan, wheel or buttons to zoom, click an actor or a relationship to select it.
 */
export function MapPane({ doc, marks, dimmed, lang, today, selected, onSelect, slide, t }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const cam = useRef<Cam>({ zoom: 1, x: 0, y: 0 });
  // Map coordinates → svg units: the export shifts the map by a fixed offset.
  const origin = useRef({ x: 0, y: 0 });
  const markup = useMemo(
    () => mapToSvg(doc, { lang, showScores: true, date: today, ...(marks ? { marks } : {}), ...(dimmed ? { dimmed } : {}) }),
    [doc, marks, dimmed, lang, today],
  );

  const svg = () => host.current?.querySelector('svg') ?? null;
  const apply = () => {
    const el = svg();
    const box = host.current?.getBoundingClientRect();
    if (!el || !box) return;
    const { zoom, x, y } = cam.current;
    el.setAttribute('viewBox', `${-x / zoom} ${-y / zoom} ${box.width / zoom} ${box.height / zoom}`);
  };
  const fit = () => {
    const el = svg();
    const box = host.current?.getBoundingClientRect();
    if (!el || !box) return;
    const w = Number(el.dataset.width);
    const h = Number(el.dataset.height);
    const zoom = Math.min(box.width / w, box.height / h) * 0.96 || 1;
    cam.current = { zoom, x: (box.width - w * zoom) / 2, y: (box.height - h * zoom) / 2 };
    apply();
  };
  const zoomBy = (factor: number, at?: { x: number; y: number }) => {
    const box = host.current?.getBoundingClientRect();
    if (!box) return;
    const p = at ?? { x: box.width / 2, y: box.height / 2 };
    const c = cam.current;
    const zoom = Math.min(20, Math.max(0.05, c.zoom * factor));
    const k = zoom / c.zoom;
    cam.current = { zoom, x: p.x - (p.x - c.x) * k, y: p.y - (p.y - c.y) * k };
    apply();
  };

  useLayoutEffect(() => {
    const el = svg();
    if (!el) return;
    el.dataset.width = el.getAttribute('width') ?? '800';
    el.dataset.height = el.getAttribute('height') ?? '600';
    el.setAttribute('width', '100%');
    el.setAttribute('height', '100%');
    el.setAttribute('preserveAspectRatio', 'xMinYMin meet');
    el.setAttribute('role', 'group');
    el.setAttribute('aria-label', t('donor.viewer.mapLabel'));
    // Keyboard and screen reader users reach each actor and relationship as a button.
    const names = new Map([...doc.actors.map((a) => [a.id, a.name] as const), ...doc.relationships.map((r) => [r.id, relationshipLabel(doc, r)] as const)]);
    for (const shape of el.querySelectorAll<SVGElement>('path.actor, path.relationship')) {
      shape.setAttribute('tabindex', '0');
      shape.setAttribute('role', 'button');
      shape.setAttribute('aria-label', names.get(shape.dataset.id ?? '') ?? '');
    }
    for (const text of el.querySelectorAll('text')) text.setAttribute('aria-hidden', 'true');
    // Lines are thin: a wide invisible stroke under each makes it easy to click.
    for (const path of el.querySelectorAll<SVGPathElement>('path.relationship')) {
      const hit = path.cloneNode() as SVGPathElement;
      for (const a of ['stroke-dasharray', 'marker-end', 'class']) hit.removeAttribute(a);
      hit.setAttribute('stroke', 'transparent');
      hit.setAttribute('stroke-width', '14');
      hit.classList.add('hit');
      path.before(hit);
    }
    const actor = doc.actors.find((a) => el.querySelector(`path.actor[data-id="${CSS.escape(a.id)}"]`));
    if (actor) {
      const b = el.querySelector<SVGPathElement>(`path.actor[data-id="${CSS.escape(actor.id)}"]`)!.getBBox();
      origin.current = { x: b.x + b.width / 2 - actor.position.x, y: b.y + b.height / 2 - actor.position.y };
    }
    fit();
    // Only when the map itself changes; the camera effect below follows slides.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [markup]);

  /** Places the slide's part of the map in this pane as it showed in the frame it was saved in. */
  const place = () => {
    const box = host.current?.getBoundingClientRect();
    if (!slide || !box) return fit();
    const camera = slide.frame ? cameraFor({ camera: slide.camera, frame: slide.frame }, { width: box.width, height: box.height }) : slide.camera;
    // The app's camera puts map point m at m·zoom + pan; svg point s is m + origin.
    const o = origin.current;
    cam.current = { zoom: camera.zoom, x: camera.pan.x - o.x * camera.zoom, y: camera.pan.y - o.y * camera.zoom };
    apply();
  };

  useEffect(() => {
    place();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [slide, markup]);

  useEffect(() => {
    const el = svg();
    if (!el) return;
    for (const x of el.querySelectorAll('[data-selected]')) x.removeAttribute('data-selected');
    if (selected) for (const x of el.querySelectorAll(`[data-id="${CSS.escape(selected)}"]:not(.hit)`)) x.setAttribute('data-selected', '');
  }, [selected, markup]);

  useEffect(() => {
    const div = host.current;
    if (!div) return;
    let drag: { x: number; y: number; moved: boolean } | null = null;
    const down = (e: PointerEvent) => {
      drag = { x: e.clientX, y: e.clientY, moved: false };
      div.setPointerCapture(e.pointerId);
    };
    const move = (e: PointerEvent) => {
      if (!drag) return;
      const dx = e.clientX - drag.x;
      const dy = e.clientY - drag.y;
      if (!drag.moved && Math.hypot(dx, dy) < 4) return;
      drag.moved = true;
      cam.current = { ...cam.current, x: cam.current.x + dx, y: cam.current.y + dy };
      drag.x = e.clientX;
      drag.y = e.clientY;
      apply();
    };
    const up = (e: PointerEvent) => {
      const wasClick = drag && !drag.moved;
      drag = null;
      if (!wasClick) return;
      // Pointer capture retargets the event: find what lies under the pointer.
      const under = document.elementFromPoint(e.clientX, e.clientY);
      onSelect(under?.closest('[data-id]')?.getAttribute('data-id') ?? null);
    };
    const key = (e: KeyboardEvent) => {
      const id = e.target instanceof SVGElement ? e.target.dataset.id : undefined;
      if (!id || (e.key !== 'Enter' && e.key !== ' ')) return;
      e.preventDefault();
      e.stopPropagation();
      onSelect(id);
    };
    const wheel = (e: WheelEvent) => {
      e.preventDefault();
      const box = div.getBoundingClientRect();
      zoomBy(Math.exp(-e.deltaY * 0.0015), { x: e.clientX - box.left, y: e.clientY - box.top });
    };
    const resize = new ResizeObserver(() => apply());
    resize.observe(div);
    div.addEventListener('pointerdown', down);
    div.addEventListener('pointermove', move);
    div.addEventListener('pointerup', up);
    div.addEventListener('wheel', wheel, { passive: false });
    div.addEventListener('keydown', key);
    return () => {
      div.removeEventListener('keydown', key);
      resize.disconnect();
      div.removeEventListener('pointerdown', down);
      div.removeEventListener('pointermove', move);
      div.removeEventListener('pointerup', up);
      div.removeEventListener('wheel', wheel);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [onSelect]);

  return (
    <div className="viewer-map">
      {/* The export escapes every text it draws, so its markup holds no markup from the map. */}
      <div ref={host} className="viewer-canvas" dangerouslySetInnerHTML={{ __html: markup }} />
      <div className="viewer-zoom">
        <button type="button" onClick={() => zoomBy(1.25)} aria-label={t('donor.viewer.zoomIn')} title={t('donor.viewer.zoomIn')}>+</button>
        <button type="button" onClick={() => zoomBy(0.8)} aria-label={t('donor.viewer.zoomOut')} title={t('donor.viewer.zoomOut')}>−</button>
        <button type="button" onClick={fit} aria-label={t('donor.viewer.fit')} title={t('donor.viewer.fit')}>⤢</button>
      </div>
    </div>
  );
}
