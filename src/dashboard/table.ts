/**
 * A chart's figures as a table: the same rows feed the data-table view (screen readers, copying)
 * and the CSV download. Each column gives a raw value (CSV: integer yen, rates as decimals, months
 * `YYYY-MM`) and how people read it (the table).
 */

/** One column of a chart's table. */
export interface Column<T> {
  key: string;
  label: string;
  /** The value written to the CSV (null = empty). */
  value: (row: T) => string | number | null;
  /** The text shown in the table (default: the value as text). */
  display?: (row: T) => string;
  /** Numbers align right. */
  numeric?: boolean;
  /** The list this cell's figure opens (a link in the table: the chart's click for keyboard users). */
  link?: (row: T) => string;
}

/** A chart's figures: columns and rows, the first column naming the row. */
export interface TableSpec<T> {
  columns: readonly Column<T>[];
  rows: readonly T[];
  /** The list a row opens (its first cell becomes a link), as clicking its bar does. */
  linkOf?: (row: T) => string;
}

/** The CSV header and rows of `table`. */
export function csvOf<T>(table: TableSpec<T>): { header: string[]; rows: (string | number | null)[][] } {
  return { header: table.columns.map((column) => column.label), rows: table.rows.map((row) => table.columns.map((column) => column.value(row))) };
}

/** The route the cell of `column` (at `columnIndex`) in `row` links to, if any: the column's own link, else the row's on its first cell. */
export function linkOfCell<T>(table: TableSpec<T>, column: Column<T>, columnIndex: number, row: T): string | undefined {
  if (column.link) return column.link(row);
  return columnIndex === 0 && table.linkOf ? table.linkOf(row) : undefined;
}

/** The text of one cell as the table shows it. */
export function displayOf<T>(column: Column<T>, row: T): string {
  if (column.display) return column.display(row);
  const value = column.value(row);
  return value === null ? '—' : String(value);
}
