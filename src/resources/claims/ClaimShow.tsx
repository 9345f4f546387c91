/**
 * The claim page, laid out so an adjuster decides a claim in a minute: the summary on top (number,
 * status, due date, peril, policy and period with the aggregate remaining, payout, who holds it);
 * then what was claimed (incident date, what happened, cause, repairer) right under it, the
 * documents checklist and the documents beside the adjudication panel, the review flags and the
 * decision area; the policy facts; the notes and the timeline at the bottom.
 * A layout only: each part lives in ./review/ or ./decisions/.
 */
import { Card, CardContent, CardHeader, Grid, Stack } from '@mui/material';
import { Show, useRecordContext, useTranslate } from 'react-admin';
import type { Claim } from '../../domain/records';
import { RecordLoadError } from '../../ui/RecordLoadError';
import { AdjudicationPanel } from './AdjudicationPanel';
import { ClaimDocuments } from './ClaimDocuments';
import { DecisionArea } from './decisions/DecisionArea';
import { ClaimFactsCard, PolicyFactsCard } from './review/ClaimDetails';
import { ClaimNotes } from './review/ClaimNotes';
import { ClaimSummary } from './review/ClaimSummary';
import { ClaimTimeline } from './review/ClaimTimeline';
import { DocumentChecklist } from './review/DocumentChecklist';
import { ReviewFlags } from './review/ReviewFlags';
import { useReviewAccess } from './review/useReviewAccess';
import { useClaimPreview } from './useClaimPreview';

function ClaimTitle() {
  const claim = useRecordContext<Claim>();
  const translate = useTranslate();
  return <>{claim ? `${translate('resources.claims.name', { smart_count: 1 })} ${claim.claimNumber}` : ''}</>;
}

function ClaimReview() {
  const claim = useRecordContext<Claim>();
  return claim ? <ClaimReviewContent claim={claim} /> : null;
}

function ClaimReviewContent({ claim }: { claim: Claim }) {
  const translate = useTranslate();
  const preview = useClaimPreview(claim);
  const access = useReviewAccess(claim);
  const adjudication = preview.adjudication;
  return (
    <Stack spacing={2} sx={{ p: 2 }}>
      <ClaimSummary claim={claim} policy={preview.policy} adjudication={adjudication} access={access} />
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 7 }}>
          <Stack spacing={2}>
            <ClaimFactsCard claim={claim} />
            <DocumentChecklist claim={claim} policy={preview.policy} adjudication={adjudication ?? claim.adjudication ?? undefined} documents={preview.documents} />
            <Card variant="outlined">
              <CardHeader title={translate('app.claim.section_documents')} />
              <CardContent sx={{ pt: 0 }}>
                <ClaimDocuments documents={preview.documents} />
              </CardContent>
            </Card>
            <PolicyFactsCard claim={claim} policy={preview.policy} />
          </Stack>
        </Grid>
        <Grid size={{ xs: 12, md: 5 }}>
          <Stack spacing={2}>
            <AdjudicationPanel claim={claim} preview={preview} />
            <ReviewFlags claim={claim} policy={preview.policy} documents={preview.documents} policyClaims={preview.policyClaims} />
            <DecisionArea claim={claim} policy={preview.policy} adjudication={adjudication} access={access} />
          </Stack>
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <ClaimNotes claim={claim} canWrite={access.canWork} />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <ClaimTimeline claim={claim} documents={preview.documents} />
        </Grid>
      </Grid>
    </Stack>
  );
}

/** The claims resource's show view. */
export function ClaimShow() {
  return (
    <Show title={<ClaimTitle />} actions={false} error={<RecordLoadError />} queryOptions={{ onError: () => undefined }}>
      <ClaimReview />
    </Show>
  );
}
