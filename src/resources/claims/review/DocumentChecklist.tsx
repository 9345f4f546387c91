/**
 * The required-documents checklist (adjudication.md, "Documents"; page: 必要書類): each document
 * the claim's peril needs, present or missing. "Missing" is the adjudication module's
 * `missingDocuments`; the required set is `requiredDocuments(peril, enrollmentPhotoOnFile)`.
 * After a request for documents (claim.documentRequest), each kind asked for and not received
 * since the request (no document of it uploaded after `requestedAt`) reads 依頼中 / Requested, and
 * a claim awaiting documents never reads "all received".
 */
import { Card, CardContent, CardHeader, Chip, List, ListItem, ListItemIcon, ListItemText, Typography } from '@mui/material';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import ErrorOutlineIcon from '@mui/icons-material/ErrorOutline';
import { useTranslate } from 'react-admin';
import { requiredDocuments, type Adjudication, type DocumentKind } from '../../../domain/adjudication';
import type { Claim, ClaimDocument, Policy } from '../../../domain/records';

/**
 * One row of the checklist: a kind, whether it is missing (the module), whether it was requested
 * of the customer and has not arrived since, and the files received of it.
 */
export interface ChecklistRow {
  kind: DocumentKind;
  missing: boolean;
  requested: boolean;
  files: string[];
}

/**
 * The kinds of `claim.documentRequest` not received since the request: no document of the kind
 * (of this claim; the enrollment photo may be the policy's) uploaded after `requestedAt`. Pure.
 */
export function outstandingRequestedKinds(claim: Pick<Claim, 'id' | 'documentRequest'>, documents: readonly ClaimDocument[]): DocumentKind[] {
  const request = claim.documentRequest;
  if (!request) return [];
  const since = Date.parse(request.requestedAt);
  const received = (kind: DocumentKind) =>
    documents.some((d) => d.kind === kind && (d.claimId === claim.id || kind === 'enrollment_photo') && Date.parse(d.uploadedAt) > since);
  return [...new Set(request.missing)].filter((kind) => !received(kind));
}

/**
 * The checklist rows of `claim`: the required kinds in the page's order, missing when the module
 * says so, requested when asked of the customer and not received since (a requested kind outside
 * the required set is added at the end). Pure.
 */
export function checklistRows(claim: Pick<Claim, 'id' | 'peril' | 'documentRequest'>, policy: Pick<Policy, 'enrollmentPhotoOnFile'>, adjudication: Pick<Adjudication, 'missingDocuments'>, documents: readonly ClaimDocument[]): ChecklistRow[] {
  const requested = outstandingRequestedKinds(claim, documents);
  const required = requiredDocuments(claim.peril, policy.enrollmentPhotoOnFile);
  return [...required, ...requested.filter((kind) => !required.includes(kind))].map((kind) => ({
    kind,
    missing: adjudication.missingDocuments.includes(kind),
    requested: requested.includes(kind),
    files: documents.filter((d) => d.kind === kind && (d.claimId === claim.id || kind === 'enrollment_photo')).map((d) => d.fileName),
  }));
}

/** The card's summary chip: missing count, else requested count, else (not awaiting documents) complete. */
function summaryLabel(rows: readonly ChecklistRow[], awaiting: boolean): { key: string; count?: number } {
  const missing = rows.filter((row) => row.missing).length;
  if (missing > 0) return { key: 'app.review.checklist.missing_count', count: missing };
  const requested = rows.filter((row) => row.requested).length;
  if (requested > 0) return { key: 'app.review.checklist.requested_count', count: requested };
  if (awaiting) return { key: 'app.review.checklist.awaiting' };
  return { key: 'app.review.checklist.complete' };
}

function rowStatus(row: ChecklistRow): 'missing' | 'requested' | 'present' {
  if (row.requested) return 'requested';
  return row.missing ? 'missing' : 'present';
}

/** The checklist card; nothing until the policy and an adjudication are at hand. */
export function DocumentChecklist({ claim, policy, adjudication, documents }: { claim: Claim; policy?: Policy; adjudication?: Adjudication; documents: readonly ClaimDocument[] }) {
  const translate = useTranslate();
  if (!policy || !adjudication) return null;
  const rows = checklistRows(claim, policy, adjudication, documents);
  const summary = summaryLabel(rows, claim.status === 'awaiting_documents');
  return (
    <Card variant="outlined">
      <CardHeader
        title={translate('app.review.checklist.title')}
        action={
          <Chip
            size="small"
            color={summary.key === 'app.review.checklist.complete' ? 'success' : 'warning'}
            label={translate(summary.key, summary.count === undefined ? undefined : { smart_count: summary.count })}
          />
        }
      />
      <CardContent sx={{ pt: 0 }}>
        <List dense disablePadding aria-label={translate('app.review.checklist.title')}>
          {rows.map((row) => (
            <ListItem key={row.kind} disableGutters data-testid={`checklist-${row.kind}`}>
              <ListItemIcon sx={{ minWidth: 32 }}>
                {rowStatus(row) !== 'present' ? <ErrorOutlineIcon color="warning" fontSize="small" /> : <CheckCircleIcon color="success" fontSize="small" />}
              </ListItemIcon>
              <ListItemText
                primary={translate(`app.document_kind.${row.kind}`)}
                secondary={row.files.length > 0 ? row.files.join(translate('app.common.list_separator')) : undefined}
                slotProps={{ secondary: { noWrap: true } }}
              />
              <Chip size="small" variant="outlined" color={rowStatus(row) === 'present' ? 'success' : 'warning'} label={translate(`app.review.checklist.${rowStatus(row)}`)} />
            </ListItem>
          ))}
        </List>
        {policy.enrollmentPhotoOnFile && (
          <Typography variant="caption" color="text.secondary">
            {translate('app.review.checklist.enrollment_on_file')}
          </Typography>
        )}
      </CardContent>
    </Card>
  );
}
