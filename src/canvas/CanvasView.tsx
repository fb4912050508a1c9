import type { Core, ElementDefinition, NodeSingular } from 'cytoscape';
import { useCallback, useEffect, useRef, useState, type PointerEvent as ReactPointerEvent } from 'react';
import CytoscapeComponent from 'react-cytoscapejs';
import type { CanvasApi } from '../actions/context';
import { canConnect } from '../domain/graph';
import { useT } from '../ui/useT';
import { useApp, useAppStore } from '../store/context';
import { fixPolygonHitTest } from './hitTest';
import { bindCanvas, type EdgeHandlesApi, type HandleSpot } from './bind';
import { installLayerFallback } from './renderTuning';
import { skipFirstStyleChecks } from './firstStyle';
import { lazyEdgeHandles } from './lazyEdgeHandles';
import { describeElement } from './announce';
import type { MapFocus } from './focusNav';
import { bindKeyboard, type MapKeyboard } from './keyboard';
import { PROBE_EVENT, writeProbe } from './labelProbe';
import type { DrawProgress } from './slicedDraw';
import { DrawingNotice } from './DrawingNotice';
import { trackPresence } from './presence';

// Constant props: react-cytoscapejs diffs its whole elements array on every render.
const NO_ELEMENTS: ElementDefinition[] = [];
const PRESET = { name: 'preset' };
const FILL = { width: '100%', height: '100%' };

interface Props {
  onApi(api: CanvasApi | null): void;
}

export function CanvasView({ onApi }: Props) {
  const store = useAppStore();
  const { t } = useT();
  const empty = useApp((s) => s.doc.actors.length === 0);
  const bound = useRef<{ cy: Core; unbind: () => void; eh: EdgeHandlesApi; keys: MapKeyboard; resized: () => void } | null>(null);
  const [handle, setHandle] = useState<HandleSpot | null>(null);
  const [drawingMap, setDrawingMap] = useState<DrawProgress | null>(null);
  const drawing = useRef(false);
  const region = useRef<HTMLDivElement>(null);
  const [focus, setFocus] = useState<MapFocus | null>(null);
  const announcement = useApp((s) =>
    focus ? describeElement(s.doc, focus.id, s.lang, s.selection.includes(focus.id)) : '',
  );

  const onCy = useCallback(
    (cy: Core) => {
      if (bound.current?.cy === cy) return;
      bound.current?.unbind();
      fixPolygonHitTest(cy);
      installLayerFallback(cy);
      skipFirstStyleChecks(cy);
      const eh = lazyEdgeHandles(cy, {
        canConnect: (s: NodeSingular, tgt: NodeSingular) => canConnect(store.getState().doc, s.id(), tgt.id()) === null,
        hoverDelay: 60,
        snap: true,
        snapThreshold: 24,
        noEdgeEventsInDraw: true,
        disableBrowserGestures: true,
      });
      const { api, resized, unbind: unbindCanvas } = bindCanvas(
        cy,
        store,
        eh,
        (spot) => {
          if (!drawing.current) setHandle(spot);
        },
        setDrawingMap,
      );
      const keys = bindKeyboard(cy, store, setFocus);
      keys.setActive(region.current !== null && region.current === document.activeElement);
      const unbind = () => {
        keys.unbind();
        unbindCanvas();
      };
      bound.current = { cy, eh, unbind, keys, resized };
      trackPresence(cy);
      cy.one('destroy', () => {
        if (bound.current?.cy === cy) {
          bound.current = null;
          onApi(null);
        }
        unbind();
      });
      onApi(api);
      api.fit();
    },
    [store, onApi],
  );

  useEffect(() => () => bound.current?.unbind(), []);

  useEffect(() => {
    const element = region.current;
    if (!element) return;
    const probe = () => bound.current && writeProbe(bound.current.cy, element);
    element.addEventListener(PROBE_EVENT, probe);
    return () => element.removeEventListener(PROBE_EVENT, probe);
  }, []);

  // The legend strip and side panels change the map's size without a window resize.
  useEffect(() => {
    const element = region.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => bound.current?.resized());
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const startDrawing = (e: ReactPointerEvent) => {
    const current = bound.current;
    if (!current || !handle) return;
    // No preventDefault: cytoscape follows the gesture through the mouse events it would cancel.
    e.stopPropagation();
    const node = current.cy.getElementById(handle.id);
    if (node.empty()) return;
    drawing.current = true;
    setHandle(null);
    current.eh.start(node as NodeSingular);
    const finish = () => {
      window.removeEventListener('pointerup', finish);
      drawing.current = false;
      current.eh.stop();
    };
    window.addEventListener('pointerup', finish);
  };

  return (
    <div
      ref={region}
      className="canvas"
      role="region"
      aria-label={t('canvas.label')}
      aria-describedby="map-keys-help"
      aria-busy={drawingMap !== null}
      tabIndex={0}
      onKeyDown={(e) => {
        if (e.target === e.currentTarget) bound.current?.keys.onKeyDown(e);
      }}
      onFocus={(e) => {
        if (e.target === e.currentTarget) bound.current?.keys.setActive(true);
      }}
      onBlur={(e) => {
        if (e.target === e.currentTarget) bound.current?.keys.setActive(false);
      }}
    >
      <CytoscapeComponent
        elements={NO_ELEMENTS}
        layout={PRESET}
        style={FILL}
        cy={onCy}
        boxSelectionEnabled
        minZoom={0.02}
        maxZoom={4}
        wheelSensitivity={0.4}
      />
      {handle && (
        <div
          className="edge-handle"
          style={{ left: handle.x, top: handle.y }}
          title={t('canvas.handle', { name: handle.name })}
          aria-hidden="true"
          data-actor={handle.id}
          onPointerDown={startDrawing}
        />
      )}
      {empty && <p className="canvas-empty">{t('canvas.empty')}</p>}
      {/* Shown on entering the map until the first key moves the focus: it never stays over the map. */}
      <p id="map-keys-help" className={focus ? 'map-keys-help used' : 'map-keys-help'}>{t('mapKeys.help')}</p>
      <p className="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="map-announcer">
        {announcement}
      </p>
      {drawingMap && <DrawingNotice progress={drawingMap} />}
    </div>
  );
}
