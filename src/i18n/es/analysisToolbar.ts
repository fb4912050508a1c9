import type { analysisToolbarEn } from '../analysisToolbar';

export const analysisToolbarEs: Record<keyof typeof analysisToolbarEn, string> = {
  'toolbar.analysis': 'Análisis',
  'toolbar.analysisTitle': 'Indicadores de red, roles de intermediación y qué pasa si un actor se retira',
};
