/**
 * The claim's documents as images: a thumbnail per document with its kind, enlarged in a dialog
 * on click. (Zoom, rotate and side-by-side comparison come with the review workspace.)
 */
import { Box, ButtonBase, Dialog, DialogContent, DialogTitle, IconButton, ImageList, ImageListItem, ImageListItemBar, Typography } from '@mui/material';
import CloseIcon from '@mui/icons-material/Close';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import type { ClaimDocument } from '../../domain/records';
import { authenticatedFileUrl } from '../../app/session';

export function ClaimDocuments({ documents }: { documents: readonly ClaimDocument[] }) {
  const translate = useTranslate();
  const [open, setOpen] = useState<ClaimDocument | null>(null);
  if (documents.length === 0) {
    return <Typography color="text.secondary">{translate('app.claim.no_documents')}</Typography>;
  }
  const kindLabel = (document: ClaimDocument) => translate(`app.document_kind.${document.kind}`);
  return (
    <>
      <ImageList cols={3} gap={12} sx={{ m: 0, gridTemplateColumns: 'repeat(3, minmax(0, 1fr)) !important' }}>
        {documents.map((document) => (
          <ImageListItem key={document.id}>
            <ButtonBase
              onClick={() => setOpen(document)}
              aria-label={translate('app.claim.open_document', { kind: kindLabel(document) })}
              sx={{ display: 'block', border: 1, borderColor: 'divider', borderRadius: 1, overflow: 'hidden' }}
            >
              <img src={authenticatedFileUrl(document.url)} alt={kindLabel(document)} loading="lazy" style={{ width: '100%', height: 180, objectFit: 'contain', display: 'block', background: '#fafafa' }} />
            </ButtonBase>
            <ImageListItemBar position="below" title={kindLabel(document)} subtitle={document.fileName} sx={{ '& .MuiImageListItemBar-subtitle': { overflow: 'hidden', textOverflow: 'ellipsis' } }} />
          </ImageListItem>
        ))}
      </ImageList>
      <Dialog open={open !== null} onClose={() => setOpen(null)} maxWidth="lg" fullWidth>
        {open && (
          <>
            <DialogTitle sx={{ pr: 6 }}>
              {kindLabel(open)} — {open.fileName}
              <IconButton aria-label={translate('app.claim.close')} onClick={() => setOpen(null)} sx={{ position: 'absolute', right: 8, top: 8 }}>
                <CloseIcon />
              </IconButton>
            </DialogTitle>
            <DialogContent>
              <Box component="img" src={authenticatedFileUrl(open.url)} alt={kindLabel(open)} sx={{ width: '100%', maxHeight: '80vh', objectFit: 'contain' }} />
            </DialogContent>
          </>
        )}
      </Dialog>
    </>
  );
}
