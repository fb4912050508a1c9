import type { viewChecksEn } from '../viewChecks';

export const viewChecksEs: Record<keyof typeof viewChecksEn, string> = {
  'problem.viewSnapshotMissing': 'La vista guardada «{view}» mostraba la instantánea {value}, que este mapa no guarda; ahora la vista muestra el mapa tal como está.',
};
