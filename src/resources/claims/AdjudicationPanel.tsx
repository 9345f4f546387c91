/**
 * The adjudication panel: the module's proposed decision, the payout, the arithmetic line by line,
 * the reasons and the aggregate limit, as an adjuster reads them (the decisions: decisions/DecisionArea.tsx).
 */
import { Alert, Box, Card, CardContent, CardHeader, LinearProgress, Stack, Table, TableBody, TableCell, TableRow, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import type { Adjudication } from '../../domain/adjudication';
import { OPEN_CLAIM_STATUSES, type Claim } from '../../domain/records';
import { formatYen } from '../../ui/format';
import { DecisionChip } from './DecisionChip';
import type { ClaimPreview } from './useClaimPreview';

function ArithmeticTable({ adjudication }: { adjudication: Adjudication }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <Table size="small" aria-label={translate('app.adjudication.arithmetic')}>
      <TableBody>
        {adjudication.lines.map((line, index) => (
          <TableRow key={`${line.code}-${index}`} sx={line.code === 'PAYOUT' ? { '& td': { fontWeight: 700 } } : undefined}>
            <TableCell>{translate(`app.line.${line.code}`, { _: line.code })}</TableCell>
            <TableCell align="right" sx={{ fontVariantNumeric: 'tabular-nums' }}>
              {formatYen(line.amount, locale)}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function AggregateSummary({ adjudication }: { adjudication: Adjudication }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { limit, paidBefore, remainingAfter } = adjudication.aggregate;
  return (
    <Box>
      <Typography variant="subtitle2">{translate('app.adjudication.aggregate')}</Typography>
      <LinearProgress
        variant="determinate"
        value={limit > 0 ? Math.min(100, ((limit - remainingAfter) / limit) * 100) : 0}
        sx={{ my: 1, height: 8, borderRadius: 1 }}
        aria-hidden
      />
      <Typography variant="body2">
        {[
          `${translate('app.adjudication.aggregate_limit')} ${formatYen(limit, locale)}`,
          `${translate('app.adjudication.paid_before')} ${formatYen(paidBefore, locale)}`,
          `${translate('app.adjudication.remaining_after')} ${formatYen(remainingAfter, locale)}`,
        ].join(translate('app.common.figure_separator'))}
      </Typography>
    </Box>
  );
}

function PayoutFigure({ amount }: { amount: number }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <Box>
      <Typography variant="overline">{translate('app.adjudication.payout')}</Typography>
      <Typography variant="h4" component="p" data-testid="proposed-payout">
        {formatYen(amount, locale)}
      </Typography>
    </Box>
  );
}

/** An open claim: the module's proposal with its arithmetic, reasons and the aggregate (the actions sit in the decision area). */
function OpenClaimAdjudication({ adjudication }: { adjudication: Adjudication }) {
  const translate = useTranslate();
  return (
    <Stack spacing={2}>
      <PayoutFigure amount={adjudication.payout} />
      {adjudication.lines.length > 0 && <ArithmeticTable adjudication={adjudication} />}
      {adjudication.reasons.length > 0 && (
        <Box>
          <Typography variant="subtitle2">{translate('app.adjudication.reasons')}</Typography>
          <ul style={{ margin: 0, paddingLeft: '1.25em' }}>
            {adjudication.reasons.map((reason) => (
              <li key={reason}>
                <Typography variant="body2">{translate(`app.reason.${reason}`, { _: reason })}</Typography>
              </li>
            ))}
          </ul>
        </Box>
      )}
      <AggregateSummary adjudication={adjudication} />
    </Stack>
  );
}

/**
 * A decided claim: the recorded decision and its payout; the arithmetic (recomputed by the module,
 * this claim's own payout left out of the period total) only when it was a payout.
 */
function RecordedDecision({ claim, adjudication }: { claim: Claim; adjudication: Adjudication }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const payout = claim.decision?.payout ?? 0;
  return (
    <Stack spacing={2}>
      <Alert severity="info">
        {translate('app.adjudication.decided', {
          decision: translate(`app.claim_status.${claim.status}`),
          amount: formatYen(payout, locale),
        })}
      </Alert>
      <PayoutFigure amount={payout} />
      {claim.decision?.decision === 'approve' && adjudication.lines.length > 0 && <ArithmeticTable adjudication={adjudication} />}
    </Stack>
  );
}

/** The panel for one claim, fed by {@link useClaimPreview}. */
export function AdjudicationPanel({ claim, preview }: { claim: Claim; preview: ClaimPreview }) {
  const translate = useTranslate();
  const { adjudication, error } = preview;
  const isOpen = OPEN_CLAIM_STATUSES.includes(claim.status);
  return (
    <Card variant="outlined">
      <CardHeader
        title={translate(isOpen ? 'app.adjudication.proposed' : 'app.adjudication.recorded')}
        action={isOpen && adjudication ? <DecisionChip decision={adjudication.decision} size="medium" /> : undefined}
      />
      <CardContent>
        {preview.isPending && <LinearProgress aria-label={translate('app.adjudication.loading')} />}
        {error && <Alert severity="error">{translate('app.adjudication.error', { message: error.message })}</Alert>}
        {adjudication && (isOpen ? <OpenClaimAdjudication adjudication={adjudication} /> : <RecordedDecision claim={claim} adjudication={adjudication} />)}
      </CardContent>
    </Card>
  );
}
