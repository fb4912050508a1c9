/** The table view's toolbar toggle: shown before the table's own code and messages load. */
export const tableToggleEn = {
  'table.toggle': 'Table',
  'table.toggleTitle': 'Show the map as a table beside it',
} as const;
