/** Undo and redo naming the step they take; {step} is a history label such as "add actor". */
export const undoEn = {
  'undo.title': 'Undo: {step}',
  'redo.title': 'Redo: {step}',
  'undo.done': 'Undone: {step}',
  'redo.done': 'Redone: {step}',
} as const;
