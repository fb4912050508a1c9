/** What shows of views and presenting before they are first used: toolbar buttons and undo steps. */
export const viewsToolbarEn = {
  'toolbar.views': 'Views',
  'toolbar.viewsTitle': 'Saved views of the map: save what the screen shows, show it again',
  'toolbar.present': 'Present',
  'toolbar.presentTitle': 'Present the saved views full screen',
  'history.viewSave': 'save view',
  'history.viewRename': 'rename view',
  'history.viewCaption': 'edit caption',
  'history.viewDelete': 'delete view',
  'history.viewMove': 'reorder views',
} as const;

export const viewsToolbarEs: Record<keyof typeof viewsToolbarEn, string> = {
  'toolbar.views': 'Vistas',
  'toolbar.viewsTitle': 'Vistas guardadas del mapa: guardar lo que muestra la pantalla y volver a mostrarlo',
  'toolbar.present': 'Presentar',
  'toolbar.presentTitle': 'Presentar las vistas guardadas a pantalla completa',
  'history.viewSave': 'guardar vista',
  'history.viewRename': 'renombrar vista',
  'history.viewCaption': 'editar rótulo',
  'history.viewDelete': 'eliminar vista',
  'history.viewMove': 'reordenar vistas',
};
