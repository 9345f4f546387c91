/**
 * One document on the viewer's stage, drawn with the viewer's transform: an image in an <img>, a PDF
 * in an <iframe> (with a download link under it). While zoomed in, the
 * document is panned by dragging (pointer events) or, through the viewer, the arrow keys.
 */
import { Box, CircularProgress, Link, Typography } from '@mui/material';
import { useRef, type PointerEvent } from 'react';
import { useTranslate } from 'react-admin';
import type { ClaimDocument } from '../../../domain/records';
import { authenticatedFileUrl } from '../../../app/session';
import { downloadDocumentFile, useDocumentObjectUrl } from './documentFile';
import { transformCss, type ViewerTransformControls } from './useViewerTransform';

/** True when the document is a PDF (by its sniffed MIME type). */
export function isPdf(document: Pick<ClaimDocument, 'mimeType'>): boolean {
  return document.mimeType === 'application/pdf';
}

/**
 * A PDF in an <iframe> from a `blob:` URL (the browser's PDF viewer), with a download link under it
 * for browsers that show none; a spinner while it loads, a message and the link when it cannot.
 */
function PdfFrame({ document, label }: { document: ClaimDocument; label: string }) {
  const translate = useTranslate();
  const { objectUrl, error } = useDocumentObjectUrl(document.url);
  return (
    <Box sx={{ width: '100%', height: '100%', display: 'flex', flexDirection: 'column' }}>
      {objectUrl ? (
        <iframe src={objectUrl} title={label} style={{ flex: 1, width: '100%', border: 0, background: '#fff' }} />
      ) : (
        <Box sx={{ flex: 1, display: 'flex', alignItems: 'center', justifyContent: 'center' }}>
          {error ? <Typography color="error">{translate('app.documents.viewer.pdf_error')}</Typography> : <CircularProgress aria-label={label} />}
        </Box>
      )}
      <Typography variant="body2" sx={{ p: 1, bgcolor: 'background.paper' }}>
        {translate('app.documents.viewer.pdf_fallback')}{' '}
        <Link component="button" type="button" onClick={() => void downloadDocumentFile(document.url, document.fileName)}>
          {translate('app.documents.viewer.download')}
        </Link>
      </Typography>
    </Box>
  );
}

interface DocumentStageProps {
  document: ClaimDocument;
  /** The document's accessible name (its kind and file name). */
  label: string;
  controls: ViewerTransformControls;
  /** CSS height of the stage. */
  height: string;
  testId?: string;
}

/** The stage: a focusable, clipped box; the document inside follows `controls.transform`. */
export function DocumentStage({ document, label, controls, height, testId = 'document-stage' }: DocumentStageProps) {
  const translate = useTranslate();
  const drag = useRef<{ x: number; y: number } | null>(null);
  const url = authenticatedFileUrl(document.url);

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (!controls.canPan || event.button !== 0) return;
    drag.current = { x: event.clientX, y: event.clientY };
    event.currentTarget.setPointerCapture?.(event.pointerId);
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const start = drag.current;
    if (!start) return;
    const rect = event.currentTarget.getBoundingClientRect();
    if (rect.width === 0 || rect.height === 0) return;
    controls.panBy(((event.clientX - start.x) / rect.width) * 100, ((event.clientY - start.y) / rect.height) * 100);
    drag.current = { x: event.clientX, y: event.clientY };
  };
  const endDrag = () => {
    drag.current = null;
  };

  return (
    <Box
      tabIndex={0}
      role="region"
      aria-label={`${label}. ${translate('app.documents.viewer.stage')}`}
      data-testid={testId}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={endDrag}
      onPointerCancel={endDrag}
      sx={{
        position: 'relative',
        height,
        overflow: 'hidden',
        bgcolor: 'grey.100',
        borderRadius: 1,
        cursor: controls.canPan ? 'grab' : 'default',
        touchAction: controls.canPan ? 'none' : 'auto',
        '&:focus-visible': { outline: '3px solid', outlineColor: 'primary.main', outlineOffset: 2 },
      }}
    >
      <Box
        data-testid={`${testId}-content`}
        style={{ transform: transformCss(controls.transform) }}
        sx={{ width: '100%', height: '100%', transition: 'transform 120ms ease-out', display: 'flex', alignItems: 'center', justifyContent: 'center' }}
      >
        {isPdf(document) ? (
          <PdfFrame document={document} label={label} />
        ) : (
          <img src={url} alt={label} draggable={false} style={{ maxWidth: '100%', maxHeight: '100%', objectFit: 'contain', userSelect: 'none', display: 'block' }} />
        )}
      </Box>
    </Box>
  );
}
