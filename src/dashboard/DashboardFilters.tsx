/**
 * The dashboard's filter bar: period presets, a range of dates and a plan, applying to every figure.
 */
import { MenuItem, Paper, Stack, TextField, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { PLANS, type Plan } from '../domain/adjudication';
import type { IsoDate } from '../domain/dates';
import { isValidRange, PRESET_MONTHS, presetOf, presetRange, type DashboardFilter } from './filters';

/** Props: the filter, its setter, and today (JST) for the presets. */
export interface DashboardFiltersProps {
  filter: DashboardFilter;
  onChange: (filter: DashboardFilter) => void;
  today: IsoDate;
}

/** Presets (3, 6, 12, 18 months), from and to dates, and the plan. */
export function DashboardFilters({ filter, onChange, today }: DashboardFiltersProps) {
  const translate = useTranslate();
  const t = (key: string) => translate(`app.dashboard.filters.${key}`);
  const invalid = !isValidRange(filter);
  return (
    <Paper component="form" aria-label={t('label')} onSubmit={(event) => event.preventDefault()} sx={{ p: 1.5 }}>
      <Stack direction="row" spacing={2} useFlexGap flexWrap="wrap" alignItems="center">
        <Typography variant="body2" color="text.secondary">
          {t('preset')}
        </Typography>
        <ToggleButtonGroup
          size="small"
          exclusive
          value={presetOf(filter, today)}
          onChange={(_event, months: number | null) => months && onChange({ ...filter, ...presetRange(months, today) })}
          aria-label={t('preset')}
        >
          {PRESET_MONTHS.map((months) => (
            <ToggleButton key={months} value={months}>
              {t(`months_${months}`)}
            </ToggleButton>
          ))}
        </ToggleButtonGroup>
        <TextField
          type="date"
          size="small"
          fullWidth={false}
          sx={{ width: 180 }}
          label={t('from')}
          value={filter.from}
          onChange={(event) => onChange({ ...filter, from: event.target.value })}
          slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'dashboard-from', max: filter.to } }}
        />
        <TextField
          type="date"
          size="small"
          fullWidth={false}
          sx={{ width: 180 }}
          label={t('to')}
          value={filter.to}
          error={invalid}
          helperText={invalid ? t('invalid_range') : undefined}
          onChange={(event) => onChange({ ...filter, to: event.target.value })}
          slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'dashboard-to', min: filter.from } }}
        />
        <TextField
          select
          size="small"
          fullWidth={false}
          label={t('plan')}
          value={filter.plan}
          onChange={(event) => onChange({ ...filter, plan: event.target.value as Plan | 'all' })}
          sx={{ minWidth: 200 }}
          slotProps={{ select: { inputProps: { 'data-testid': 'dashboard-plan' } } }}
        >
          <MenuItem value="all">{t('all_plans')}</MenuItem>
          {PLANS.map((plan) => (
            <MenuItem key={plan} value={plan}>
              {translate(`app.plan.${plan}`)}
            </MenuItem>
          ))}
        </TextField>
      </Stack>
    </Paper>
  );
}
