import type { exportOptionsEn } from '../exportOptions';

export const exportOptionsEs: Record<keyof typeof exportOptionsEn, string> = {
  'export.picturesShow': 'PNG y SVG muestran:',
  'export.shown': 'Lo que se ve',
  'export.whole': 'El mapa completo',
  'export.description': 'Incluir la descripción del mapa',
};
