import type { viewsToolbarEn } from '../viewsToolbar';

export const viewsToolbarEs: Record<keyof typeof viewsToolbarEn, string> = {
  'toolbar.views': 'Vistas',
  'toolbar.present': 'Presentar',
};
