import { useRef, useState, type PointerEvent as ReactPointerEvent } from 'react';
import { addActorOfType } from '../actions/edits';
import { useCommandContext } from '../actions/commandContext';
import { freeSpotNear } from '../domain/placement';
import type { ActorType } from '../domain/types';
import { useT } from '../ui/useT';
import { useApp } from '../store/context';
import { ShapeIcon } from './ShapeIcon';
import { ActorSearch } from './view/ActorSearch';

const DRAG_THRESHOLD = 4;

interface Ghost {
  type: ActorType;
  x: number;
  y: number;
}

/** Actor types to drag onto the map; Enter or a click adds one at the centre of the view. */
export function Palette() {
  const ctx = useCommandContext();
  const types = useApp((s) => s.doc.actorTypes);
  const { t, l } = useT();
  const [ghost, setGhost] = useState<Ghost | null>(null);
  const press = useRef<{ type: ActorType; x: number; y: number; dragging: boolean } | null>(null);
  const justDropped = useRef(false);

  const addAtCentre = (type: ActorType) => {
    if (justDropped.current) {
      justDropped.current = false;
      return;
    }
    const centre = ctx.canvas()?.viewCenter() ?? { x: 0, y: 0 };
    addActorOfType(ctx.store, type.key, freeSpotNear(ctx.store.getState().doc.actors, centre));
  };

  const onPointerDown = (type: ActorType) => (e: ReactPointerEvent<HTMLButtonElement>) => {
    if (e.button !== 0) return;
    press.current = { type, x: e.clientX, y: e.clientY, dragging: false };
    e.currentTarget.setPointerCapture(e.pointerId);
  };
  const onPointerMove = (e: ReactPointerEvent<HTMLButtonElement>) => {
    const p = press.current;
    if (!p) return;
    if (!p.dragging && Math.hypot(e.clientX - p.x, e.clientY - p.y) < DRAG_THRESHOLD) return;
    p.dragging = true;
    setGhost({ type: p.type, x: e.clientX, y: e.clientY });
  };
  const onPointerUp = (e: ReactPointerEvent<HTMLButtonElement>) => {
    const p = press.current;
    press.current = null;
    setGhost(null);
    if (!p?.dragging) return;
    justDropped.current = true;
    setTimeout(() => (justDropped.current = false), 0);
    const point = ctx.canvas()?.modelPointAt(e.clientX, e.clientY);
    if (point) addActorOfType(ctx.store, p.type.key, { x: Math.round(point.x), y: Math.round(point.y) });
  };

  return (
    <nav className="palette" aria-labelledby="palette-title">
      <ActorSearch />
      <h2 id="palette-title">{t('palette.title')}</h2>
      <p className="hint">{t('palette.hint')}</p>
      <ul>
        {types.map((type) => (
          <li key={type.key}>
            <button
              type="button"
              className="palette-item"
              aria-label={l(type.label)}
              data-type={type.key}
              onClick={() => addAtCentre(type)}
              onPointerDown={onPointerDown(type)}
              onPointerMove={onPointerMove}
              onPointerUp={onPointerUp}
              onPointerCancel={() => {
                press.current = null;
                setGhost(null);
              }}
            >
              <ShapeIcon shape={type.shape} color={type.color} />
              <span>{l(type.label)}</span>
            </button>
          </li>
        ))}
      </ul>
      {ghost && (
        <div className="palette-ghost" style={{ left: ghost.x, top: ghost.y }} aria-hidden="true">
          <ShapeIcon shape={ghost.type.shape} color={ghost.type.color} size={40} />
        </div>
      )}
    </nav>
  );
}
