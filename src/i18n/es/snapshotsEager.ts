import type { snapshotsEagerEn } from '../snapshotsEager';

export const snapshotsEagerEs: Record<keyof typeof snapshotsEagerEn, string> = {
  'snapshots.button': 'Instantáneas',
  'snapshots.buttonTitle': 'Guardar, ver y comparar instantáneas del mapa',
  'snapshots.csvCurrentOnly': 'solo el mapa actual',
};
