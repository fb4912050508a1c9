import { vi } from 'vitest';

/** The parts of cytoscape's canvas renderer that the large-map tuning wraps or calls, as spies. */
export function fakeRendererParts() {
  const cache = { getLayers: vi.fn<() => unknown>(() => null), skipping: false, layersQueue: { size: () => 0 }, lastInvalidationTime: 0 };
  return {
    cache,
    renderer: {
      data: { lyrTxrCache: cache },
      canvasWidth: 800,
      canvasHeight: 600,
      hoverData: {},
      drawLayeredElements: vi.fn<(...args: unknown[]) => void>(),
      drawCachedElements: vi.fn<(...args: unknown[]) => void>(),
      drawCachedNodes: vi.fn<(...args: unknown[]) => void>(),
      render: vi.fn<(...args: unknown[]) => void>(),
      notify: vi.fn<(...args: unknown[]) => void>(),
      getCachedZSortedEles: vi.fn<() => unknown[]>(() => []),
      updateCachedGrabbedEles: vi.fn<(...args: unknown[]) => void>(),
      redraw: vi.fn<(...args: unknown[]) => void>(),
      redrawHint: vi.fn<(...args: unknown[]) => void>(),
    },
  };
}
