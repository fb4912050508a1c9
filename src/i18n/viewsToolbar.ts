/** What shows of views and presenting before they are first used: the toolbar buttons. */
export const viewsToolbarEn = {
  'toolbar.views': 'Views',
  'toolbar.present': 'Present',
} as const;
