import { SELECT_COLUMN_KEY, SelectCellFormatter, useHeaderRowSelection, useRowSelection, type Column } from 'react-data-grid';
import type { GridRow } from './rows';

/** The row checkboxes, labelled in the user's language (the grid's own column says "Select" in English). */
export function selectColumn(rowLabel: string, allLabel: string): Column<GridRow> {
  return {
    key: SELECT_COLUMN_KEY,
    name: '',
    width: 36,
    minWidth: 36,
    maxWidth: 36,
    resizable: false,
    sortable: false,
    frozen: true,
    renderHeaderCell: (props) => <HeaderCheckbox label={allLabel} tabIndex={props.tabIndex} />,
    renderCell: (props) => <RowCheckbox label={rowLabel} row={props.row} tabIndex={props.tabIndex} />,
  };
}

function HeaderCheckbox({ label, tabIndex }: { label: string; tabIndex: number }) {
  const { isIndeterminate, isRowSelected, onRowSelectionChange } = useHeaderRowSelection();
  return (
    <SelectCellFormatter
      aria-label={label}
      tabIndex={tabIndex}
      indeterminate={isIndeterminate}
      value={isRowSelected}
      onChange={(checked) => onRowSelectionChange({ checked: isIndeterminate ? false : checked })}
    />
  );
}

function RowCheckbox({ label, row, tabIndex }: { label: string; row: GridRow; tabIndex: number }) {
  const { isRowSelectionDisabled, isRowSelected, onRowSelectionChange } = useRowSelection();
  return (
    <SelectCellFormatter
      aria-label={label}
      tabIndex={tabIndex}
      disabled={isRowSelectionDisabled}
      value={isRowSelected}
      onChange={(checked, isShiftClick) => onRowSelectionChange({ row, checked, isShiftClick })}
    />
  );
}
