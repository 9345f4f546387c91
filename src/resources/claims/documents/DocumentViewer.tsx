/**
 * The document viewer: one of the claim's documents at a time in a dialog, with zoom, rotate, pan,
 * full screen (Fullscreen API, else a maximised dialog) and the keyboard: ←/→ previous/next (pan when
 * zoomed in), +/− zoom, R rotate, 0 reset, F full screen, Esc close. The view resets on each document.
 */
import { Box, Dialog, Typography } from '@mui/material';
import { useRef, type KeyboardEvent } from 'react';
import { useTranslate } from 'react-admin';
import type { ClaimDocument } from '../../../domain/records';
import { downloadDocumentFile } from './documentFile';
import { DocumentStage } from './DocumentStage';
import { useDocumentLabels } from './useDocumentLabels';
import { useFullscreen } from './useFullscreen';
import { PAN_STEP_PERCENT, useViewerTransform, viewerKeyAction } from './useViewerTransform';
import { ViewerToolbar } from './ViewerToolbar';

interface DocumentViewerProps {
  documents: readonly ClaimDocument[];
  /** The index of the open document, or null when the viewer is closed. */
  index: number | null;
  onIndexChange: (index: number) => void;
  onClose: () => void;
}

const visuallyHidden = { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' } as const;

/** The viewer dialog. */
export function DocumentViewer({ documents, index, onIndexChange, onClose }: DocumentViewerProps) {
  const translate = useTranslate();
  const labels = useDocumentLabels();
  const controls = useViewerTransform();
  const frame = useRef<HTMLDivElement>(null);
  const fullscreen = useFullscreen(frame);
  const document = index === null ? undefined : documents[index];
  const total = documents.length;

  const go = (next: number) => {
    if (index === null || next < 0 || next >= total || next === index) return;
    controls.reset();
    onIndexChange(next);
  };
  const close = () => {
    fullscreen.exit();
    controls.reset();
    onClose();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (index === null || event.altKey || event.ctrlKey || event.metaKey) return;
    const action = viewerKeyAction(event.key, controls.canPan);
    if (!action) return;
    event.preventDefault();
    const actions: Record<typeof action, () => void> = {
      previous: () => go(index - 1),
      next: () => go(index + 1),
      zoomIn: controls.zoomIn,
      zoomOut: controls.zoomOut,
      rotate: controls.rotate,
      reset: controls.reset,
      fullscreen: fullscreen.toggle,
      panLeft: () => controls.panBy(PAN_STEP_PERCENT, 0),
      panRight: () => controls.panBy(-PAN_STEP_PERCENT, 0),
      panUp: () => controls.panBy(0, PAN_STEP_PERCENT),
      panDown: () => controls.panBy(0, -PAN_STEP_PERCENT),
    };
    actions[action]();
  };

  const title = document ? translate('app.documents.viewer.title', { kind: labels.kind(document), file: document.fileName }) : '';
  return (
    <Dialog
      open={document !== undefined}
      onClose={close}
      onKeyDown={onKeyDown}
      maxWidth="lg"
      fullWidth
      fullScreen={fullscreen.maximised}
      aria-labelledby="document-viewer-title"
      aria-describedby="document-viewer-keys"
    >
      {document && (
        <Box ref={frame} sx={{ display: 'flex', flexDirection: 'column', gap: 1, p: 2, bgcolor: 'background.paper', height: fullscreen.isFullscreen ? '100%' : undefined }}>
          <Box>
            <Typography id="document-viewer-title" variant="h6" component="h2" sx={{ wordBreak: 'break-all' }}>
              {title}
            </Typography>
            <Typography variant="body2" color="text.secondary">
              {labels.uploaded(document)}
            </Typography>
          </Box>
          <ViewerToolbar
            controls={controls}
            index={(index ?? 0) + 1}
            total={total}
            onPrevious={() => go((index ?? 0) - 1)}
            onNext={() => go((index ?? 0) + 1)}
            isFullscreen={fullscreen.isFullscreen}
            onFullscreen={fullscreen.toggle}
            onDownload={() => void downloadDocumentFile(document.url, document.fileName)}
            onClose={close}
          />
          <DocumentStage
            key={document.id}
            document={document}
            label={labels.kind(document)}
            controls={controls}
            height={fullscreen.isFullscreen ? 'calc(100vh - 170px)' : '68vh'}
          />
          <Typography id="document-viewer-keys" variant="caption" color="text.secondary">
            {translate('app.documents.viewer.keys')}
          </Typography>
          <Box aria-live="polite" sx={visuallyHidden}>
            {translate('app.documents.viewer.announce', { index: (index ?? 0) + 1, total, kind: labels.kind(document), file: document.fileName })}
          </Box>
        </Box>
      )}
    </Dialog>
  );
}
