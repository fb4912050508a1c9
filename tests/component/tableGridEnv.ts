// What react-data-grid needs of the page that jsdom lacks; imported by the table's component tests.
// The grid uses iterator helpers (Chromium has them; Node 20 under jsdom does not).
// jsdom lays nothing out: the grid is given a screen's size so it draws every column.
/** The width the grid is given, wide enough for every column. */
export const GRID_WIDTH = 2400;
Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get() { return this.classList.contains('rdg') ? GRID_WIDTH : 0; } });
Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get() { return this.classList.contains('rdg') ? 600 : 0; } });
// jsdom does not scroll.
Element.prototype.scrollIntoView ??= () => {};
type Helpers = { toArray?: unknown; map?: unknown; filter?: unknown };
const iteratorProto = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())) as Helpers;
iteratorProto.toArray ??= function (this: Iterable<unknown>) {
  return [...this];
};
iteratorProto.map ??= function* (this: Iterable<unknown>, f: (v: unknown, i: number) => unknown) {
  let i = 0;
  for (const v of this) yield f(v, i++);
};
iteratorProto.filter ??= function* (this: Iterable<unknown>, f: (v: unknown, i: number) => boolean) {
  let i = 0;
  for (const v of this) if (f(v, i++)) yield v;
};
