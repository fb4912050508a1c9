import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { vi } from 'vitest';
import type { CanvasApi, CommandContext, UiApi } from '../../src/actions/context';
import { CommandContextReact } from '../../src/actions/commandContext';
import type { Lang, MapDocument } from '../../src/domain/types';
import { createAppStore } from '../../src/store/createAppStore';
import { StoreProvider } from '../../src/store/context';

// jsdom has no pointer capture; the palette asks for it when a press starts a possible drag.
if (!Element.prototype.setPointerCapture) {
  Element.prototype.setPointerCapture = () => {};
  Element.prototype.releasePointerCapture = () => {};
  Element.prototype.hasPointerCapture = () => false;
}

export const VIEW_CENTRE = { x: 320, y: 180 };

/** Renders a panel inside the same providers the app shell gives it, with a fake canvas. */
export function renderWithApp(ui: ReactElement, options: { doc?: MapDocument; lang?: Lang } = {}) {
  const store = createAppStore(options);
  const canvas: CanvasApi = {
    fit: vi.fn<() => void>(),
    focus: vi.fn<(id: string) => void>(),
    camera: () => ({ pan: { x: 0, y: 0 }, zoom: 1 }),
    setCamera: vi.fn<CanvasApi['setCamera']>(),
    size: () => ({ width: 640, height: 360 }),
    viewCenter: () => ({ ...VIEW_CENTRE }),
    modelPointAt: () => null,
  };
  const uiApi = { confirm: vi.fn<UiApi['confirm']>(async () => true), pickMapFile: vi.fn<() => void>() };
  const ctx: CommandContext = { store, canvas: () => canvas, ui: uiApi };
  const user = userEvent.setup();
  const view = render(
    <StoreProvider store={store}>
      <CommandContextReact.Provider value={ctx}>{ui}</CommandContextReact.Provider>
    </StoreProvider>,
  );
  return { ...view, store, canvas, ctx, user };
}
