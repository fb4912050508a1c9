import type { analysisToolbarEn, layoutMenuEn } from '../analysisToolbar';

export const analysisToolbarEs: Record<keyof typeof analysisToolbarEn, string> = {
  'toolbar.analysis': 'Análisis',
  'toolbar.analysisTitle': 'Indicadores de red, roles de intermediación y qué pasa si un actor se retira',
};

export const layoutMenuEs: Record<keyof typeof layoutMenuEn, string> = {
  'layouts.menu': 'Distribuciones',
  'layouts.force': 'Por fuerzas',
  'layouts.by-type': 'Por tipo',
  'layouts.concentric': 'Concéntrica',
  'layouts.grid': 'Cuadrícula',
  'layouts.circle': 'Círculo',
  'field.pinned': 'Fijar posición',
};
