/**
 * The required-documents checklist (adjudication.md, "Documents"; page: 必要書類): each document
 * the claim's peril needs, present or missing. "Missing" is the adjudication module's
 * `missingDocuments`; the required set is `requiredDocuments(peril, enrollmentPhotoOnFile)`.
 */
import { Card, CardContent, CardHeader, Chip, List, ListItem, ListItemIcon, ListItemText, Typography } from '@mui/material';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import ErrorOutlineIcon from '@mui/icons-material/ErrorOutline';
import { useTranslate } from 'react-admin';
import { requiredDocuments, type Adjudication, type DocumentKind } from '../../../domain/adjudication';
import type { Claim, ClaimDocument, Policy } from '../../../domain/records';

/** One row of the checklist: a required kind, whether it is missing, and the files received of it. */
export interface ChecklistRow {
  kind: DocumentKind;
  missing: boolean;
  files: string[];
}

/**
 * The checklist rows of `claim`: the required kinds in the page's order, missing when the module
 * says so. Pure.
 */
export function checklistRows(claim: Pick<Claim, 'id' | 'peril'>, policy: Pick<Policy, 'enrollmentPhotoOnFile'>, adjudication: Pick<Adjudication, 'missingDocuments'>, documents: readonly ClaimDocument[]): ChecklistRow[] {
  return requiredDocuments(claim.peril, policy.enrollmentPhotoOnFile).map((kind) => ({
    kind,
    missing: adjudication.missingDocuments.includes(kind),
    files: documents.filter((d) => d.kind === kind && (d.claimId === claim.id || kind === 'enrollment_photo')).map((d) => d.fileName),
  }));
}

/** The checklist card; nothing until the policy and an adjudication are at hand. */
export function DocumentChecklist({ claim, policy, adjudication, documents }: { claim: Claim; policy?: Policy; adjudication?: Adjudication; documents: readonly ClaimDocument[] }) {
  const translate = useTranslate();
  if (!policy || !adjudication) return null;
  const rows = checklistRows(claim, policy, adjudication, documents);
  const missing = rows.filter((row) => row.missing).length;
  return (
    <Card variant="outlined">
      <CardHeader
        title={translate('app.review.checklist.title')}
        action={
          <Chip
            size="small"
            color={missing > 0 ? 'warning' : 'success'}
            label={missing > 0 ? translate('app.review.checklist.missing_count', { smart_count: missing }) : translate('app.review.checklist.complete')}
          />
        }
      />
      <CardContent sx={{ pt: 0 }}>
        <List dense disablePadding aria-label={translate('app.review.checklist.title')}>
          {rows.map((row) => (
            <ListItem key={row.kind} disableGutters data-testid={`checklist-${row.kind}`}>
              <ListItemIcon sx={{ minWidth: 32 }}>
                {row.missing ? <ErrorOutlineIcon color="warning" fontSize="small" /> : <CheckCircleIcon color="success" fontSize="small" />}
              </ListItemIcon>
              <ListItemText
                primary={translate(`app.document_kind.${row.kind}`)}
                secondary={row.files.length > 0 ? row.files.join(translate('app.common.list_separator')) : undefined}
                slotProps={{ secondary: { noWrap: true } }}
              />
              <Chip size="small" variant="outlined" color={row.missing ? 'warning' : 'success'} label={translate(row.missing ? 'app.review.checklist.missing' : 'app.review.checklist.present')} />
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
