/**
 * The figures read off each document beside the claim's own values (src/domain/documentFigures),
 * mismatches marked by colour and by an icon with the word 不一致 / Mismatch, never colour alone.
 */
import { Alert, Box, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { alpha } from '@mui/material/styles';
import CheckCircleOutlineIcon from '@mui/icons-material/CheckCircleOutline';
import ErrorOutlineIcon from '@mui/icons-material/ErrorOutline';
import InfoOutlinedIcon from '@mui/icons-material/InfoOutlined';
import { useTranslate } from 'react-admin';
import { countMismatches, type FigureComparison, type FigureVerdict } from '../../../domain/documentFigures';
import { maskImei } from '../../../domain/personalData';
import type { ClaimDocument } from '../../../domain/records';
import { formatJstDate, formatYen } from '../../../ui/format';
import { useDocumentLabels } from './useDocumentLabels';

const VERDICT_ICONS: Record<FigureVerdict, typeof ErrorOutlineIcon> = {
  match: CheckCircleOutlineIcon,
  mismatch: ErrorOutlineIcon,
  unverified: InfoOutlinedIcon,
};
const VERDICT_COLORS = { match: 'success', mismatch: 'error', unverified: 'info' } as const;

/** The comparisons grouped by document, in order. */
function groupByDocument(comparisons: readonly FigureComparison[]) {
  const groups: { documentId: string; kind: FigureComparison['kind']; rows: FigureComparison[] }[] = [];
  for (const row of comparisons) {
    const last = groups[groups.length - 1];
    if (last && last.documentId === row.documentId) last.rows.push(row);
    else groups.push({ documentId: row.documentId, kind: row.kind, rows: [row] });
  }
  return groups;
}

/** One figure: the item, the document's value, the claim's value (with where it comes from), the verdict and why. */
function FigureRow({ row, format }: { row: FigureComparison; format: (field: FigureComparison['field'], value: number | string | null) => string }) {
  const translate = useTranslate();
  const t = (key: string) => translate(`app.documents.figures.${key}`);
  const Icon = VERDICT_ICONS[row.verdict];
  const mismatch = row.verdict === 'mismatch';
  return (
    <TableRow data-verdict={row.verdict} data-kind={row.kind} sx={mismatch ? { bgcolor: (theme) => alpha(theme.palette.error.main, 0.08) } : undefined}>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>{t(`field.${row.field}`)}</TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums', fontWeight: mismatch ? 700 : undefined }}>{format(row.field, row.documentValue)}</TableCell>
      <TableCell sx={{ fontVariantNumeric: 'tabular-nums' }}>
        {row.claimSource === null ? (
          '—'
        ) : (
          <>
            <Typography variant="caption" color="text.secondary" sx={{ display: 'block', whiteSpace: 'nowrap' }}>
              {t(`source.${row.claimSource}`)}
            </Typography>
            <Box component="span" sx={{ whiteSpace: 'nowrap' }}>
              {format(row.field, row.claimValue)}
            </Box>
          </>
        )}
      </TableCell>
      <TableCell sx={{ minWidth: 130 }}>
        <Stack direction="row" spacing={0.5} alignItems="center" sx={{ color: `${VERDICT_COLORS[row.verdict]}.dark`, whiteSpace: 'nowrap' }}>
          <Icon fontSize="small" aria-hidden />
          <Typography variant="body2" component="span" sx={{ fontWeight: mismatch ? 700 : 500 }}>
            {t(`verdict.${row.verdict}`)}
          </Typography>
        </Stack>
        <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>
          {t(`basis.${row.basis}`)}
        </Typography>
      </TableCell>
    </TableRow>
  );
}

interface FiguresTableProps {
  comparisons: readonly FigureComparison[];
  documents: readonly ClaimDocument[];
}

/** The table, with a one-line summary above it. */
export function FiguresTable({ comparisons, documents }: FiguresTableProps) {
  const translate = useTranslate();
  const labels = useDocumentLabels();
  const t = (key: string, options?: Record<string, unknown>) => translate(`app.documents.figures.${key}`, options);
  const mismatches = countMismatches(comparisons);

  const format = (field: FigureComparison['field'], value: number | string | null): string => {
    if (value === null) return t('not_on_document');
    if (field === 'amount' && typeof value === 'number') return formatYen(value, labels.locale);
    if (field === 'date' && typeof value === 'string') return formatJstDate(value, labels.locale);
    if (field === 'imei' && typeof value === 'string') return maskImei(value);
    return String(value);
  };
  const documentOf = (id: string) => documents.find((document) => document.id === id);
  const groups = groupByDocument(comparisons);

  return (
    <Stack spacing={1}>
      <Typography variant="subtitle1" component="h3" id="figures-title">
        {t('title')}
      </Typography>
      {comparisons.length === 0 ? (
        <Typography color="text.secondary">{t('none')}</Typography>
      ) : (
        <>
          <Alert severity={mismatches > 0 ? 'warning' : 'success'} data-testid="figures-summary">
            {mismatches > 0 ? t('summary_mismatch', { smart_count: mismatches }) : t('summary_ok')}
          </Alert>
          <Box sx={{ overflowX: 'auto' }}>
            <Table size="small" aria-labelledby="figures-title" sx={{ '& td, & th': { px: 1 } }}>
              <TableHead>
                <TableRow>
                  {(['item', 'on_document', 'claim_value', 'result'] as const).map((column) => (
                    <TableCell key={column}>{t(`column.${column}`)}</TableCell>
                  ))}
                </TableRow>
              </TableHead>
              {groups.map(({ documentId, kind, rows }) => {
                const document = documentOf(documentId);
                return (
                  <TableBody key={documentId}>
                    <TableRow>
                      <TableCell component="th" scope="rowgroup" colSpan={4} sx={{ bgcolor: 'grey.50', fontWeight: 600 }}>
                        {labels.kind({ kind })}
                        {document && (
                          <Typography variant="caption" color="text.secondary" component="span" sx={{ ml: 1, fontWeight: 400 }}>
                            {document.fileName} · {labels.uploaded(document)}
                          </Typography>
                        )}
                      </TableCell>
                    </TableRow>
                    {rows.map((row) => (
                      <FigureRow key={`${row.documentId}-${row.field}`} row={row} format={format} />
                    ))}
                  </TableBody>
                );
              })}
            </Table>
          </Box>
        </>
      )}
    </Stack>
  );
}
