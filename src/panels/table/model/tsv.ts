/**
 * Text copied from a spreadsheet (Excel, LibreOffice, Google Sheets): rows by line, cells by tab.
 * A cell holding a tab, a line break or a quote is quoted with doubled inner quotes, as those
 * programs write it. The final line break, and blank lines at the end, are dropped.
 */
export function parseTsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  const n = text.length;
  let atCellStart = true;
  while (i < n) {
    const ch = text[i]!;
    if (atCellStart && ch === '"') {
      // A quoted cell: up to the closing quote; "" is one quote.
      i += 1;
      let closed = false;
      while (i < n) {
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            cell += '"';
            i += 2;
            continue;
          }
          closed = true;
          i += 1;
          break;
        }
        cell += text[i];
        i += 1;
      }
      if (!closed) cell = `"${cell}`;
      atCellStart = false;
      continue;
    }
    atCellStart = false;
    if (ch === '\t') {
      row.push(cell);
      cell = '';
      atCellStart = true;
    } else if (ch === '\r' || ch === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      atCellStart = true;
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
    } else {
      cell += ch;
    }
    i += 1;
  }
  if (!atCellStart || cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  while (rows.length > 0 && rows.at(-1)!.every((c) => c.trim() === '')) rows.pop();
  return rows;
}

/** Whether pasted text spans more than one cell (so the table, not the cell editor, takes it). */
export function isMultiCell(text: string): boolean {
  return /[\t\n\r]/.test(text.replace(/[\r\n]+$/, ''));
}
