/** Said when an edit is tried while a snapshot, comparison, what-if or presentation shows. */
export const overlayEn = {
  'overlay.readOnly': 'What the map shows now is read-only. Go back to the current map to edit it.',
} as const;
