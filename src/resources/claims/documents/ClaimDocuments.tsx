/**
 * The claim's documents for review (issue 4, items 3 and 7): thumbnails opening the viewer (zoom,
 * rotate, pan, full screen, keyboard), the enrollment photo beside the damage photo (offered only
 * when there is a damage photo: a theft/loss claim has none), the figures read
 * off each document beside the claim's values, and the upload on a customer's behalf (not offered to
 * managers, on decided claims, or while another user holds the claim). Rendered inside the claim's
 * RecordContext; `documents` are the claim's documents as the page loaded them.
 */
import { Alert, Button, Divider, Stack, Typography } from '@mui/material';
import CompareIcon from '@mui/icons-material/Compare';
import { useMemo, useState } from 'react';
import { useGetIdentity, useGetList, useGetOne, usePermissions, useRecordContext, useTranslate } from 'react-admin';
import { z } from 'zod';
import { missingDocuments, requiredDocuments } from '../../../domain/adjudication';
import { compareDocumentFigures } from '../../../domain/documentFigures';
import { isDecided } from '../../../domain/lifecycle';
import { can } from '../../../domain/permissions';
import { roleSchema, type Claim, type ClaimDocument, type Policy } from '../../../domain/records';
import { CompareDialog } from './CompareDialog';
import { DocumentThumbnails } from './DocumentThumbnails';
import { DocumentViewer } from './DocumentViewer';
import { FiguresTable } from './FiguresTable';
import { UploadDocumentForm } from './UploadDocumentForm';

/** The backend's `imeiCheck` on a presented claim (contracts, item 6), read defensively. */
const imeiCheckSchema = z.object({ matchesPolicy: z.boolean(), checkDigitValid: z.boolean() }).nullable().catch(null);

const ALL = { page: 1, perPage: 100 };

/** The latest document of `kind` among `documents`. */
function latest(documents: readonly ClaimDocument[], kind: ClaimDocument['kind']): ClaimDocument | undefined {
  return documents.filter((document) => document.kind === kind).sort((a, b) => b.uploadedAt.localeCompare(a.uploadedAt))[0];
}

/** Whether the signed-in user may upload to `claim` now, and if not because someone holds it, who. */
function useUploadAccess(claim: Claim | undefined): { offered: boolean; lockedBy?: string } {
  const { permissions } = usePermissions<unknown>();
  const { identity } = useGetIdentity();
  const role = roleSchema.safeParse(permissions);
  if (!claim || !role.success || !can(role.data, 'documents.create') || isDecided(claim.status)) return { offered: false };
  if (claim.lock && identity && claim.lock.userId !== identity.id) return { offered: false, lockedBy: claim.lock.userName };
  return { offered: true };
}

/** The documents section of the claim page. */
export function ClaimDocuments({ documents }: { documents: readonly ClaimDocument[] }) {
  const translate = useTranslate();
  const claim = useRecordContext<Claim>();
  const policyId = claim?.policyId ?? '';
  const { data: policy } = useGetOne<Policy>('policies', { id: policyId }, { enabled: policyId !== '' });
  const { data: policyPhotos } = useGetList<ClaimDocument>(
    'documents',
    { filter: { policyId, kind: 'enrollment_photo' }, pagination: ALL, sort: { field: 'uploadedAt', order: 'DESC' } },
    { enabled: policyId !== '' },
  );
  const [open, setOpen] = useState<number | null>(null);
  const [comparing, setComparing] = useState(false);
  const upload = useUploadAccess(claim);

  const onFile = useMemo(() => (policyPhotos ?? []).filter((document) => document.claimId === null), [policyPhotos]);
  const enrollment = latest(onFile, 'enrollment_photo') ?? latest(documents, 'enrollment_photo');
  const damage = latest(documents, 'damage_photo');
  const comparisons = useMemo(() => {
    if (!claim) return [];
    const imeiCheck = imeiCheckSchema.parse((claim as Claim & { imeiCheck?: unknown }).imeiCheck ?? null);
    return compareDocumentFigures({ claim: { ...claim, imeiCheck }, policyImei: policy?.device.imei, documents: [...onFile, ...documents] });
  }, [claim, policy, onFile, documents]);

  // The upload's kinds in order of preference: the missing required ones, then the peril's required ones.
  const preferredKinds = useMemo(() => {
    if (!claim) return [];
    const received = [...onFile, ...documents].map((document) => document.kind);
    return [...missingDocuments(claim.peril, received, policy?.enrollmentPhotoOnFile ?? false), ...requiredDocuments(claim.peril, false)];
  }, [claim, policy, onFile, documents]);

  if (!claim) return null;
  return (
    <Stack spacing={2}>
      {documents.length === 0 ? (
        <Typography color="text.secondary">{translate('app.claim.no_documents')}</Typography>
      ) : (
        <DocumentThumbnails documents={documents} onOpen={setOpen} />
      )}
      {damage && (
        <div>
          <Button variant="outlined" startIcon={<CompareIcon />} onClick={() => setComparing(true)}>
            {translate('app.documents.compare.open')}
          </Button>
        </div>
      )}
      <Divider />
      <FiguresTable comparisons={comparisons} documents={[...onFile, ...documents]} />
      {upload.offered && (
        <>
          <Divider />
          <UploadDocumentForm claim={claim} preferredKinds={preferredKinds} />
        </>
      )}
      {upload.lockedBy && <Alert severity="info">{translate('app.documents.upload.not_offered_locked', { name: upload.lockedBy })}</Alert>}
      <DocumentViewer documents={documents} index={open !== null && open < documents.length ? open : null} onIndexChange={setOpen} onClose={() => setOpen(null)} />
      <CompareDialog open={comparing} onClose={() => setComparing(false)} enrollment={enrollment} damage={damage} />
    </Stack>
  );
}
