/** The Analysis button, shown before the panel's own messages load. */
export const analysisToolbarEn = {
  'toolbar.analysis': 'Analysis',
  'toolbar.analysisTitle': 'Network metrics, brokerage roles and what happens if an actor steps back',
} as const;
