/**
 * The enrollment photo of the insured phone (the policy's document of kind `enrollment_photo`),
 * loaded through the authenticated file URL; a PDF is offered as a link.
 */
import { Box, Link, Typography } from '@mui/material';
import { useGetList, useTranslate } from 'react-admin';
import { authenticatedFileUrl } from '../../app/session';
import type { ClaimDocument } from '../../domain/records';

/** The newest enrollment photo of policy `policyId`, or a line saying there is none. */
export function EnrollmentPhoto({ policyId }: { policyId: string }) {
  const translate = useTranslate();
  const { data, isPending } = useGetList<ClaimDocument>('documents', {
    filter: { policyId, kind: 'enrollment_photo' },
    sort: { field: 'uploadedAt', order: 'DESC' },
    pagination: { page: 1, perPage: 1 },
  });
  if (isPending) return null;
  const photo = data?.[0];
  const title = translate('app.policy_page.enrollment_photo');
  if (!photo) return <Typography variant="body2" color="text.secondary">{translate('app.policy_page.no_enrollment_photo')}</Typography>;
  const src = authenticatedFileUrl(photo.url);
  if (photo.mimeType === 'application/pdf') return <Link href={src} target="_blank" rel="noreferrer">{title} — {photo.fileName}</Link>;
  return (
    <Box component="figure" sx={{ m: 0 }}>
      <Box component="img" src={src} alt={title} sx={{ maxWidth: '100%', maxHeight: 280, borderRadius: 1, border: 1, borderColor: 'divider', display: 'block' }} />
      <Typography component="figcaption" variant="caption" color="text.secondary">
        {title}
      </Typography>
    </Box>
  );
}
