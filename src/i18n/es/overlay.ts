import type { overlayEn } from '../overlay';

export const overlayEs: Record<keyof typeof overlayEn, string> = {
  'overlay.readOnly': 'Lo que muestra el mapa ahora es de solo lectura. Vuelva al mapa actual para editarlo.',
};
