/**
 * Above the survey list: the satisfaction rate of the current filter, always with its number of
 * answers and the response rate (product.md, "Figures managers read"), from the backend.
 */
import { Alert, Box, Paper, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useListContext, useLocaleState, useTranslate } from 'react-admin';
import { satisfactionQuerySchema } from '../../domain/metrics/query';
import { fetchSatisfaction, satisfactionQueryOf } from './satisfactionApi';

const percent = (rate: number | null, locale: string) =>
  rate === null ? '—' : new Intl.NumberFormat(locale === 'en' ? 'en-US' : 'ja-JP', { style: 'percent', maximumFractionDigits: 1 }).format(rate);

function Figure({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <Box>
      <Typography variant="caption" color="text.secondary" component="p">
        {label}
      </Typography>
      <Typography variant="h6" component="p" data-testid={testId}>
        {value}
      </Typography>
    </Box>
  );
}

/** The figure of the list's current filter (every filter but the answer). */
export function SatisfactionSummary() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { filterValues } = useListContext();
  const parsed = satisfactionQuerySchema.safeParse(satisfactionQueryOf(filterValues));
  const query = parsed.success ? parsed.data : {};
  const { data, error } = useQuery({ queryKey: ['surveys', 'satisfaction', query], queryFn: () => fetchSatisfaction(query), retry: false });
  const t = (key: string, options?: Record<string, unknown>) => translate(`resources.surveys.summary.${key}`, options);
  if (error) return <Alert severity="warning" sx={{ m: 1 }}>{t('unavailable')}</Alert>;
  return (
    <Paper variant="outlined" component="section" aria-label={t('label')} data-testid="survey-summary" sx={{ m: 1, p: 1.5 }}>
      <Stack direction="row" spacing={4} useFlexGap flexWrap="wrap" alignItems="flex-end">
        <Figure label={t('rate')} value={data ? percent(data.rate, locale) : '…'} testId="survey-summary-rate" />
        <Figure label={t('answers')} value={data ? data.answers.toLocaleString(locale === 'en' ? 'en-US' : 'ja-JP') : '…'} testId="survey-summary-answers" />
        <Figure label={t('response_rate')} value={data ? percent(data.responseRate, locale) : '…'} testId="survey-summary-response" />
        <Box>
          {data && (
            <Typography variant="body2" color="text.secondary">
              {t('detail', { sent: data.sent, answers: data.answers, satisfied: data.satisfied })}
            </Typography>
          )}
          <Typography variant="caption" color="text.secondary">
            {t('answer_filter_note')}
          </Typography>
        </Box>
      </Stack>
    </Paper>
  );
}
