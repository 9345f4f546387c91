/**
 * Uploading a document on a customer's behalf (issue 4, item 7): the document's kind, the file
 * (JPEG, PNG, WebP or PDF up to 10 MB, pre-checked by content), a progress state while it is sent,
 * and a clear message when it is refused. On success the claim's documents reload, so the new one
 * appears (the backend keeps it, also across a reload).
 */
import { Alert, Box, Button, LinearProgress, MenuItem, Stack, TextField, Typography } from '@mui/material';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { useNotify, useRefresh, useTranslate } from 'react-admin';
import { DOCUMENT_KINDS, type DocumentKind } from '../../../domain/adjudication';
import type { Claim } from '../../../domain/records';
import { apiUrl } from '../../../app/apiUrl';
import { precheckFile, UPLOAD_ACCEPT, UploadFailure, uploadDocument, type UploadProblem } from './uploadDocument';
import { useDocumentLabels } from './useDocumentLabels';

/** A file size for people in the UI's locale: `512 byte`, `34 kB`, `1.2 MB` (binary multiples). */
function formatFileSize(bytes: number, locale: string): string {
  const intl = locale === 'en' ? 'en-US' : 'ja-JP';
  const [unit, value] = bytes < 1024 ? (['byte', bytes] as const) : bytes < 1024 * 1024 ? (['kilobyte', bytes / 1024] as const) : (['megabyte', bytes / (1024 * 1024)] as const);
  return new Intl.NumberFormat(intl, { style: 'unit', unit, maximumFractionDigits: 1 }).format(value);
}

const visuallyHidden = { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' } as const;

/**
 * The upload form of `claim`; the caller decides whether it is offered at all. The kind starts at
 * the first of `preferredKinds` (the required documents not received, then the peril's required
 * ones: a theft/loss claim starts at the police report) until the adjuster picks one.
 */
export function UploadDocumentForm({ claim, preferredKinds }: { claim: Claim; preferredKinds: readonly DocumentKind[] }) {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const labels = useDocumentLabels();
  const input = useRef<HTMLInputElement>(null);
  const [chosenKind, setKind] = useState<DocumentKind | null>(null);
  const kind = chosenKind ?? preferredKinds[0] ?? 'repair_receipt';
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<UploadProblem | null>(null);
  const [uploading, setUploading] = useState(false);
  const t = (key: string, options?: Record<string, unknown>) => translate(`app.documents.upload.${key}`, options);
  const mb = (bytes: number) => formatFileSize(bytes, labels.locale);

  const problemText = (current: UploadProblem): string => {
    switch (current.reason) {
      case 'type':
        return t('error_type');
      case 'size':
        return t('error_size', { size: mb(current.size) });
      case 'empty':
        return t('error_empty');
      case 'read':
        return t('error_read');
      case 'decided':
        return t('error_decided');
      case 'locked':
        return t('error_locked', { name: current.lockedBy });
      case 'forbidden':
        return t('error_forbidden');
      case 'other':
        return t('error_other', { message: current.message });
    }
  };

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0] ?? null;
    setFile(chosen);
    setProblem(chosen ? await precheckFile(chosen) : null);
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file || uploading) return;
    const refused = await precheckFile(file);
    if (refused) {
      setProblem(refused);
      return;
    }
    setProblem(null);
    setUploading(true);
    try {
      const document = await uploadDocument(apiUrl, claim.id, kind, file);
      notify('app.documents.upload.done', { type: 'success', messageArgs: { kind: labels.kind(document) } });
      setFile(null);
      if (input.current) input.current.value = '';
      refresh();
    } catch (error) {
      setProblem(error instanceof UploadFailure ? error.problem : { reason: 'other', message: error instanceof Error ? error.message : String(error) });
    } finally {
      setUploading(false);
    }
  };

  return (
    <Box component="form" onSubmit={onSubmit} aria-labelledby="upload-title" noValidate>
      <Typography variant="subtitle1" component="h3" id="upload-title" gutterBottom>
        {t('title')}
      </Typography>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1.5} alignItems={{ sm: 'center' }} useFlexGap flexWrap="wrap">
        <TextField select size="small" label={t('kind')} value={kind} onChange={(event) => setKind(event.target.value as DocumentKind)} sx={{ minWidth: 200 }} disabled={uploading}>
          {DOCUMENT_KINDS.map((value) => (
            <MenuItem key={value} value={value}>
              {translate(`app.document_kind.${value}`)}
            </MenuItem>
          ))}
        </TextField>
        <Button component="label" role={undefined} tabIndex={-1} variant="outlined" startIcon={<UploadFileIcon />} disabled={uploading} sx={{ '&:has(input:focus-visible)': { outline: '3px solid', outlineColor: 'primary.main', outlineOffset: 2 } }}>
          {t('choose')}
          <input ref={input} type="file" accept={UPLOAD_ACCEPT} onChange={onFile} style={visuallyHidden} disabled={uploading} />
        </Button>
        <Typography variant="body2" sx={{ flex: '1 1 160px', minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis' }} data-testid="upload-file-name">
          {file ? t('chosen', { name: file.name, size: mb(file.size) }) : t('none_chosen')}
        </Typography>
        <Button type="submit" variant="contained" disabled={!file || uploading || problem !== null}>
          {t('submit')}
        </Button>
      </Stack>
      <Typography variant="caption" color="text.secondary" sx={{ display: 'block', mt: 0.5 }}>
        {t('constraints')}
      </Typography>
      {uploading && file && (
        <Box sx={{ mt: 1 }} role="status">
          <Typography variant="body2">{t('uploading', { name: file.name })}</Typography>
          <LinearProgress aria-label={t('uploading', { name: file.name })} />
        </Box>
      )}
      {problem && (
        <Alert severity="error" sx={{ mt: 1 }} role="alert">
          {problemText(problem)}
        </Alert>
      )}
    </Box>
  );
}
