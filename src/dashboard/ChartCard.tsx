/**
 * The frame of every chart: title and subtitle, a chart/table toggle (the table is the chart's
 * figures for screen readers and copying), CSV and PNG downloads, and a hint on what a click opens.
 */
import { Box, Button, Card, CardContent, CardHeader, Stack, ToggleButton, ToggleButtonGroup, Typography, useTheme } from '@mui/material';
import BarChartIcon from '@mui/icons-material/BarChart';
import TableChartIcon from '@mui/icons-material/TableChart';
import DownloadIcon from '@mui/icons-material/Download';
import { useId, useRef, useState, type ReactNode } from 'react';
import { useNotify, useTranslate } from 'react-admin';
import { DataTable } from './DataTable';
import { chartPng, downloadBlob, downloadCsv, fileNameOf, toCsv } from './exporters';
import { csvOf, type TableSpec } from './table';

/** Props of a chart's card. */
export interface ChartCardProps<T> {
  /** Test id of the card; the table gets `<testId>-table`. */
  testId: string;
  title: string;
  subtitle?: string;
  /** The chart's figures (the table view and the CSV). */
  table: TableSpec<T>;
  /** Series names and colours, drawn under the chart in the PNG. */
  legend?: readonly { label: string; color: string }[];
  /** What clicking the chart opens (a hint under it), or undefined when it opens nothing. */
  clickHint?: string;
  /** The chart (a recharts chart in a ResponsiveContainer). */
  children: ReactNode;
}

/** One chart with its table view and downloads. */
export function ChartCard<T>({ testId, title, subtitle, table, legend = [], clickHint, children }: ChartCardProps<T>) {
  const translate = useTranslate();
  const notify = useNotify();
  const theme = useTheme();
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const chartRef = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const downloadCsvFile = () => {
    const { header, rows } = csvOf(table);
    downloadCsv(toCsv(header, rows), fileNameOf(title, 'csv'));
  };
  const downloadPng = async () => {
    const svg = chartRef.current?.querySelector<SVGSVGElement>('.recharts-wrapper > svg.recharts-surface');
    if (!svg) return;
    try {
      const fontFamily = typeof theme.typography.fontFamily === 'string' ? theme.typography.fontFamily : 'sans-serif';
      downloadBlob(await chartPng(svg, { title, subtitle, legend, fontFamily }), fileNameOf(title, 'png'));
    } catch (error) {
      notify(error instanceof Error ? error.message : String(error), { type: 'error' });
    }
  };
  return (
    <Card component="section" aria-labelledby={titleId} data-testid={testId} sx={{ height: '100%', display: 'flex', flexDirection: 'column' }}>
      <CardHeader
        title={title}
        subheader={subtitle}
        slotProps={{ title: { id: titleId, variant: 'subtitle1', component: 'h2', fontWeight: 600 }, subheader: { variant: 'caption' } }}
        action={
          <Stack direction="row" spacing={0.5} alignItems="center">
            <ToggleButtonGroup size="small" exclusive value={view} onChange={(_event, next: 'chart' | 'table' | null) => next && setView(next)} aria-label={translate('app.dashboard.chart.view')}>
              <ToggleButton value="chart" aria-label={translate('app.dashboard.chart.view_chart')} title={translate('app.dashboard.chart.view_chart')}>
                <BarChartIcon fontSize="small" />
              </ToggleButton>
              <ToggleButton value="table" aria-label={translate('app.dashboard.chart.view_table')} title={translate('app.dashboard.chart.view_table')}>
                <TableChartIcon fontSize="small" />
              </ToggleButton>
            </ToggleButtonGroup>
            <Button size="small" startIcon={<DownloadIcon />} onClick={downloadCsvFile} aria-label={translate('app.dashboard.chart.csv_label', { title })}>
              {translate('app.dashboard.chart.csv')}
            </Button>
            <Button size="small" startIcon={<DownloadIcon />} onClick={() => void downloadPng()} disabled={view !== 'chart'} aria-label={translate('app.dashboard.chart.png_label', { title })}>
              {translate('app.dashboard.chart.png')}
            </Button>
          </Stack>
        }
        sx={{ pb: 0, '& .MuiCardHeader-action': { alignSelf: 'center' }, flexWrap: 'wrap', rowGap: 1 }}
      />
      <CardContent sx={{ flex: 1, pt: 1 }}>
        {view === 'chart' ? (
          <Box ref={chartRef} role="img" aria-label={title} data-testid={`${testId}-chart`}>
            {children}
          </Box>
        ) : (
          <DataTable table={table} caption={title} testId={`${testId}-table`} />
        )}
        {view === 'chart' && (
          <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 0.5 }}>
            {clickHint ?? translate('app.dashboard.chart.no_click')}
          </Typography>
        )}
      </CardContent>
    </Card>
  );
}
