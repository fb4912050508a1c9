import type { undoEn } from '../undo';

export const undoEs: Record<keyof typeof undoEn, string> = {
  'undo.title': 'Deshacer: {step}',
  'redo.title': 'Rehacer: {step}',
  'undo.done': 'Deshecho: {step}',
  'redo.done': 'Rehecho: {step}',
};
