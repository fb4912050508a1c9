import type { qualityEn } from '../quality';

/** Spanish for quality.ts; loads with the rest of the Spanish. */
export const qualityEs: Record<keyof typeof qualityEn, string> = {
  'quality.history.assess': 'añadir evaluación',
  'quality.history.editAssessment': 'editar evaluación',
  'quality.history.deleteAssessment': 'eliminar evaluación',
  'quality.history.editDimension': 'editar dimensión de calidad',
  'quality.history.thresholds': 'cambiar umbrales de decisión',
  'quality.history.addDimension': 'añadir dimensión de calidad',
  'quality.history.removeDimension': 'quitar dimensión de calidad',
  'quality.history.resetFramework': 'restablecer marco de calidad',
  'quality.decision.proceed': 'Continuar',
  'quality.decision.adjust': 'Ajustar',
  'quality.decision.exit': 'Salir / redefinir',
  'quality.decision.not-assessed': 'Sin evaluar',
  'quality.decision.current': 'Decisión actual',
  'quality.history.edit': 'Editar',
  'quality.history.delete': 'Eliminar',
  'quality.framework.open': 'Marco de calidad…',
  'quality.framework.weight': 'Peso',
};
