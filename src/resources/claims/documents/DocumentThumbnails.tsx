/**
 * A thumbnail per document: the image (a PDF icon for PDFs), its kind, file name and upload time.
 * Each thumbnail is a button opening the viewer at that document.
 */
import { Box, ButtonBase, Typography } from '@mui/material';
import PictureAsPdfIcon from '@mui/icons-material/PictureAsPdf';
import { useTranslate } from 'react-admin';
import type { ClaimDocument } from '../../../domain/records';
import { authenticatedFileUrl } from '../../../app/session';
import { isPdf } from './DocumentStage';
import { useDocumentLabels } from './useDocumentLabels';

interface DocumentThumbnailsProps {
  documents: readonly ClaimDocument[];
  onOpen: (index: number) => void;
}

/** The thumbnails, in a responsive grid. */
export function DocumentThumbnails({ documents, onOpen }: DocumentThumbnailsProps) {
  const translate = useTranslate();
  const labels = useDocumentLabels();
  return (
    <Box
      component="ul"
      aria-label={translate('app.documents.list_label')}
      sx={{ listStyle: 'none', m: 0, p: 0, display: 'grid', gap: 1.5, gridTemplateColumns: 'repeat(auto-fill, minmax(150px, 1fr))' }}
    >
      {documents.map((document, index) => (
        <Box component="li" key={document.id} sx={{ minWidth: 0 }}>
          <ButtonBase
            onClick={() => onOpen(index)}
            // Named by its visible caption (kind, file name, upload time), as voice control users read it (WCAG 2.5.3).
            sx={{
              display: 'flex',
              flexDirection: 'column',
              alignItems: 'stretch',
              width: '100%',
              textAlign: 'left',
              border: 1,
              borderColor: 'divider',
              borderRadius: 1,
              overflow: 'hidden',
              '&.Mui-focusVisible': { outline: '3px solid', outlineColor: 'primary.main', outlineOffset: 2 },
              '&:hover': { borderColor: 'primary.main' },
            }}
          >
            {isPdf(document) ? (
              <Box sx={{ height: 140, display: 'flex', alignItems: 'center', justifyContent: 'center', bgcolor: 'grey.100' }}>
                <PictureAsPdfIcon sx={{ fontSize: 56 }} color="action" />
              </Box>
            ) : (
              <img src={authenticatedFileUrl(document.url)} alt="" loading="lazy" style={{ width: '100%', height: 140, objectFit: 'contain', display: 'block', background: '#f5f5f5' }} />
            )}
            <Box sx={{ p: 1, minWidth: 0 }}>
              <Typography variant="subtitle2" component="span" sx={{ display: 'block' }}>
                {labels.kind(document)}
              </Typography>
              <Typography variant="caption" component="span" sx={{ display: 'block', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }} title={document.fileName}>
                {document.fileName}
              </Typography>
              <Typography variant="caption" component="span" color="text.secondary" sx={{ display: 'block' }}>
                {labels.uploaded(document)}
              </Typography>
            </Box>
          </ButtonBase>
        </Box>
      ))}
    </Box>
  );
}
