/**
 * A chart's figures as an MUI table: the data-table view of every chart (readable without seeing
 * the chart, and easy to copy).
 */
import { Table, TableBody, TableCell, TableContainer, TableHead, TableRow } from '@mui/material';
import { Link } from 'react-admin';
import { displayOf, linkOfCell, type TableSpec } from './table';

/** The table of `table`, captioned `caption` (for screen readers); a cell with a link opens its list, like a click on its bar. */
function Cell({ text, to }: { text: string; to: string | undefined }) {
  return to === undefined ? <>{text}</> : <Link to={to}>{text}</Link>;
}

export function DataTable<T>({ table, caption, testId }: { table: TableSpec<T>; caption: string; testId?: string }) {
  return (
    <TableContainer sx={{ maxHeight: 320 }}>
      <Table size="small" stickyHeader aria-label={caption} data-testid={testId}>
        <TableHead>
          <TableRow>
            {table.columns.map((column) => (
              <TableCell key={column.key} align={column.numeric ? 'right' : 'left'} sx={{ whiteSpace: 'nowrap' }}>
                {column.label}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {table.rows.map((row, index) => (
            <TableRow key={index}>
              {table.columns.map((column, columnIndex) => (
                <TableCell
                  key={column.key}
                  align={column.numeric ? 'right' : 'left'}
                  component={columnIndex === 0 ? 'th' : 'td'}
                  scope={columnIndex === 0 ? 'row' : undefined}
                  sx={{ whiteSpace: 'nowrap' }}
                >
                  <Cell text={displayOf(column, row)} to={linkOfCell(table, column, columnIndex, row)} />
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
