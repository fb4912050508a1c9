import type { donorMenuEn } from '../donorMenu';

export const donorMenuEs: Record<keyof typeof donorMenuEn, string> = {
  'donor.menu.page': 'Resumen para donantes',
  'donor.menu.pdf': 'Resumen para donantes (PDF)',
  'donor.menu.csv': 'Indicadores (CSV)',
  'donor.menu.html': 'Presentación (HTML)',
};
