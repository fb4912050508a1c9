/** The Analysis button, shown before the panel's own messages load. */
export const analysisToolbarEn = {
  'toolbar.analysis': 'Analysis',
  'toolbar.analysisTitle': 'Network metrics, brokerage roles and what happens if an actor steps back',
} as const;

/** The layouts menu beside Arrange map and the inspector's pin: shown before any panel loads. */
export const layoutMenuEn = {
  'layouts.menu': 'Layouts',
  'layouts.force': 'Force-directed',
  'layouts.by-type': 'By type',
  'layouts.concentric': 'Concentric',
  'layouts.grid': 'Grid',
  'layouts.circle': 'Circle',
  'field.pinned': 'Pin position',
} as const;
