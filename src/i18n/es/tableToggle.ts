import type { tableToggleEn } from '../tableToggle';
export const tableToggleEs: Record<keyof typeof tableToggleEn, string> = {
  'table.toggle': 'Tabla',
  'table.toggleTitle': 'Mostrar el mapa como tabla a su lado',
};
