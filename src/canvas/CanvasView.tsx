import cytoscape, { type Core, type ElementDefinition, type NodeSingular } from 'cytoscape';
import edgehandles from 'cytoscape-edgehandles';
import { useCallback, useEffect, useRef, useState, type PointerEvent as ReactPointerEvent } from 'react';
import CytoscapeComponent from 'react-cytoscapejs';
import type { CanvasApi } from '../actions/context';
import { canConnect } from '../domain/graph';
import { useT } from '../i18n/useT';
import { useApp, useAppStore } from '../store/context';
import { fixPolygonHitTest } from './hitTest';
import { bindCanvas, type EdgeHandlesApi, type HandleSpot } from './bind';
import { installLayerFallback } from './renderTuning';
import type { DrawProgress } from './slicedDraw';
import { DrawingNotice } from './DrawingNotice';
import { STYLESHEET } from './stylesheet';

cytoscape.use(edgehandles);

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
  const bound = useRef<{ cy: Core; unbind: () => void; eh: EdgeHandlesApi } | null>(null);
  const [handle, setHandle] = useState<HandleSpot | null>(null);
  const [drawingMap, setDrawingMap] = useState<DrawProgress | null>(null);
  const drawing = useRef(false);

  const onCy = useCallback(
    (cy: Core) => {
      if (bound.current?.cy === cy) return;
      bound.current?.unbind();
      fixPolygonHitTest(cy);
      installLayerFallback(cy);
      const eh = (cy as unknown as { edgehandles(o: object): EdgeHandlesApi }).edgehandles({
        canConnect: (s: NodeSingular, tgt: NodeSingular) => canConnect(store.getState().doc, s.id(), tgt.id()) === null,
        hoverDelay: 60,
        snap: true,
        snapThreshold: 24,
        noEdgeEventsInDraw: true,
        disableBrowserGestures: true,
      });
      const { api, unbind } = bindCanvas(
        cy,
        store,
        eh,
        (spot) => {
          if (!drawing.current) setHandle(spot);
        },
        setDrawingMap,
      );
      bound.current = { cy, eh, unbind };
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

  // The legend strip and side panels change the map's size without a window resize.
  const region = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = region.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => bound.current?.cy.resize());
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
    <div ref={region} className="canvas" role="region" aria-label={t('canvas.label')} aria-busy={drawingMap !== null}>
      <CytoscapeComponent
        elements={NO_ELEMENTS}
        stylesheet={STYLESHEET}
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
      {drawingMap && <DrawingNotice progress={drawingMap} />}
    </div>
  );
}
