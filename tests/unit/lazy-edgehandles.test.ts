import cytoscape from 'cytoscape';
import { describe, expect, it, vi } from 'vitest';
import { lazyEdgeHandles } from '../../src/canvas/lazyEdgeHandles';

interface Made {
  options: object;
  start: ReturnType<typeof vi.fn<(node: unknown) => void>>;
  stop: ReturnType<typeof vi.fn<() => void>>;
  destroy: ReturnType<typeof vi.fn<() => void>>;
}
const made: Made[] = [];

// Stands in for the extension: records each instance it makes on a map.
vi.mock('cytoscape-edgehandles', () => ({
  default: (cy: typeof cytoscape) => {
    cy('core', 'edgehandles', function (options: object) {
      const api: Made = { options, start: vi.fn<(node: unknown) => void>(), stop: vi.fn<() => void>(), destroy: vi.fn<() => void>() };
      made.push(api);
      return api;
    });
  },
}));

describe('drag-to-connect loaded after the first screen', () => {
  it('attaches to the map once loaded, with its options, and passes gestures through', async () => {
    const cy = cytoscape({ headless: true, elements: [{ data: { id: 'a' } }] });
    const eh = lazyEdgeHandles(cy, { snap: true });
    await vi.waitFor(() => expect(made).toHaveLength(1));
    const [real] = made as [Made];
    expect(real.options).toEqual({ snap: true });
    eh.start(cy.getElementById('a'));
    eh.stop();
    expect(real.start).toHaveBeenCalledTimes(1);
    expect(real.stop).toHaveBeenCalledTimes(1);
    eh.destroy();
    expect(real.destroy).toHaveBeenCalledTimes(1);
  });

  it('makes nothing for a map unbound before the extension arrived', async () => {
    const before = made.length;
    const cy = cytoscape({ headless: true });
    lazyEdgeHandles(cy, {}).destroy();
    const other = lazyEdgeHandles(cytoscape({ headless: true }), {});
    await vi.waitFor(() => expect(made).toHaveLength(before + 1));
    expect(made).toHaveLength(before + 1);
    other.destroy();
  });
});
