/** What shows of views and presenting before they are first used: the toolbar buttons. */
export const viewsToolbarEn = {
  'toolbar.views': 'Views',
  'toolbar.viewsTitle': 'Save and show views of the map',
  'toolbar.present': 'Present',
  'toolbar.presentTitle': 'Present the views full screen',
} as const;

export const viewsToolbarEs: Record<keyof typeof viewsToolbarEn, string> = {
  'toolbar.views': 'Vistas',
  'toolbar.viewsTitle': 'Guardar y mostrar vistas del mapa',
  'toolbar.present': 'Presentar',
  'toolbar.presentTitle': 'Presentar las vistas a pantalla completa',
};
