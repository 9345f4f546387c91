/**
 * The viewer's toolbar: previous/next, zoom, rotate, reset, full screen, download and close, each an
 * icon button with a label for screen readers (and a native tooltip that also works in full screen).
 */
import { Box, IconButton, Stack, Typography } from '@mui/material';
import ChevronLeftIcon from '@mui/icons-material/ChevronLeft';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import CloseIcon from '@mui/icons-material/Close';
import DownloadIcon from '@mui/icons-material/Download';
import FullscreenExitIcon from '@mui/icons-material/FullscreenExit';
import FullscreenIcon from '@mui/icons-material/Fullscreen';
import RestartAltIcon from '@mui/icons-material/RestartAlt';
import RotateRightIcon from '@mui/icons-material/RotateRight';
import ZoomInIcon from '@mui/icons-material/ZoomIn';
import ZoomOutIcon from '@mui/icons-material/ZoomOut';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import type { ViewerTransformControls } from './useViewerTransform';

/**
 * An icon button. An unavailable one is `aria-disabled` rather than `disabled`, so the keyboard focus
 * stays on it (a disabled button drops the focus out of the dialog) and it still says why it is there.
 */
export function ToolButton({ label, onClick, disabled = false, children }: { label: string; onClick: () => void; disabled?: boolean; children: ReactNode }) {
  return (
    <IconButton
      aria-label={label}
      title={label}
      aria-disabled={disabled}
      onClick={disabled ? undefined : onClick}
      size="medium"
      sx={disabled ? { color: 'action.disabled', cursor: 'default', '&:hover': { bgcolor: 'transparent' } } : undefined}
    >
      {children}
    </IconButton>
  );
}

interface ViewerToolbarProps {
  controls: ViewerTransformControls;
  /** 1-based position and count; navigation hidden with a single document. */
  index: number;
  total: number;
  onPrevious: () => void;
  onNext: () => void;
  isFullscreen: boolean;
  onFullscreen: () => void;
  onDownload: () => void;
  onClose: () => void;
}

/** The toolbar. */
export function ViewerToolbar(props: ViewerToolbarProps) {
  const translate = useTranslate();
  const { controls, index, total } = props;
  const t = (key: string, options?: Record<string, unknown>) => translate(`app.documents.viewer.${key}`, options);
  return (
    <Stack direction="row" alignItems="center" spacing={0.5} useFlexGap flexWrap="wrap" role="toolbar" aria-label={t('toolbar')}>
      {total > 1 && (
        <>
          <ToolButton label={t('previous')} onClick={props.onPrevious} disabled={index <= 1}>
            <ChevronLeftIcon />
          </ToolButton>
          <Typography variant="body2" sx={{ minWidth: 48, textAlign: 'center' }} data-testid="viewer-position">
            {t('position', { index, total })}
          </Typography>
          <ToolButton label={t('next')} onClick={props.onNext} disabled={index >= total}>
            <ChevronRightIcon />
          </ToolButton>
        </>
      )}
      <Box sx={{ flexGrow: 1 }} />
      <ToolButton label={t('zoom_out')} onClick={controls.zoomOut} disabled={!controls.canZoomOut}>
        <ZoomOutIcon />
      </ToolButton>
      <Typography variant="body2" sx={{ minWidth: 56, textAlign: 'center' }} aria-live="polite">
        {t('zoom_level', { percent: Math.round(controls.transform.zoom * 100) })}
      </Typography>
      <ToolButton label={t('zoom_in')} onClick={controls.zoomIn} disabled={!controls.canZoomIn}>
        <ZoomInIcon />
      </ToolButton>
      <ToolButton label={t('rotate')} onClick={controls.rotate}>
        <RotateRightIcon />
      </ToolButton>
      <ToolButton label={t('reset')} onClick={controls.reset}>
        <RestartAltIcon />
      </ToolButton>
      <ToolButton label={t(props.isFullscreen ? 'exit_fullscreen' : 'fullscreen')} onClick={props.onFullscreen}>
        {props.isFullscreen ? <FullscreenExitIcon /> : <FullscreenIcon />}
      </ToolButton>
      <ToolButton label={t('download')} onClick={props.onDownload}>
        <DownloadIcon />
      </ToolButton>
      <ToolButton label={t('close')} onClick={props.onClose}>
        <CloseIcon />
      </ToolButton>
    </Stack>
  );
}
