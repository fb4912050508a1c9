/** Undo and redo naming the step they take; {step} is a history label such as "add actor". */
export const undoEn = {
  'undo.title': 'Undo: {step}',
  'redo.title': 'Redo: {step}',
  'undo.done': 'Undone: {step}',
  'redo.done': 'Redone: {step}',
} as const;

export const undoEs: Record<keyof typeof undoEn, string> = {
  'undo.title': 'Deshacer: {step}',
  'redo.title': 'Rehacer: {step}',
  'undo.done': 'Deshecho: {step}',
  'redo.done': 'Rehecho: {step}',
};
