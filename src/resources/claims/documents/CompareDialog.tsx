/**
 * The compare view: the policy's enrollment photo beside the claim's damage photo, so the adjuster
 * sees it is the same phone. One zoom/rotate/pan applies to both, to look at the same detail.
 */
import { Box, Dialog, DialogContent, DialogTitle, Grid, IconButton, Stack, Typography } from '@mui/material';
import CloseIcon from '@mui/icons-material/Close';
import RestartAltIcon from '@mui/icons-material/RestartAlt';
import RotateRightIcon from '@mui/icons-material/RotateRight';
import ZoomInIcon from '@mui/icons-material/ZoomIn';
import ZoomOutIcon from '@mui/icons-material/ZoomOut';
import type { KeyboardEvent, ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import type { ClaimDocument } from '../../../domain/records';
import { formatJstDate } from '../../../ui/format';
import { DocumentStage } from './DocumentStage';
import { useDocumentLabels } from './useDocumentLabels';
import { ToolButton } from './ViewerToolbar';
import { PAN_STEP_PERCENT, useViewerTransform, viewerKeyAction, type ViewerTransformControls } from './useViewerTransform';

interface CompareDialogProps {
  open: boolean;
  onClose: () => void;
  enrollment: ClaimDocument | undefined;
  damage: ClaimDocument | undefined;
}

function Pane({ document, caption, missing, controls, testId }: { document: ClaimDocument | undefined; caption: string; missing: string; controls: ViewerTransformControls; testId: string }) {
  const labels = useDocumentLabels();
  return (
    <Stack spacing={1} component="figure" sx={{ m: 0 }} data-testid={testId}>
      <Typography component="figcaption" variant="subtitle1">
        {caption}
      </Typography>
      {document ? (
        <DocumentStage document={document} label={labels.kind(document)} controls={controls} height="60vh" testId={`${testId}-stage`} />
      ) : (
        <Box sx={{ height: '60vh', display: 'flex', alignItems: 'center', justifyContent: 'center', bgcolor: 'grey.100', borderRadius: 1 }}>
          <Typography color="text.secondary">{missing}</Typography>
        </Box>
      )}
      {document && (
        <Typography variant="caption" color="text.secondary">
          {document.fileName} · {labels.uploaded(document)}
        </Typography>
      )}
    </Stack>
  );
}

/** The compare dialog. */
export function CompareDialog({ open, onClose, enrollment, damage }: CompareDialogProps) {
  const translate = useTranslate();
  const { locale } = useDocumentLabels();
  const controls = useViewerTransform();
  const t = (key: string, options?: Record<string, unknown>) => translate(`app.documents.${key}`, options);
  const dated = (document: ClaimDocument | undefined) =>
    document?.figures.date ? formatJstDate(document.figures.date, locale) : t('compare.no_date');
  const close = () => {
    controls.reset();
    onClose();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const action = viewerKeyAction(event.key, controls.canPan);
    const actions: Partial<Record<NonNullable<typeof action>, () => void>> = {
      zoomIn: controls.zoomIn,
      zoomOut: controls.zoomOut,
      rotate: controls.rotate,
      reset: controls.reset,
      panLeft: () => controls.panBy(PAN_STEP_PERCENT, 0),
      panRight: () => controls.panBy(-PAN_STEP_PERCENT, 0),
      panUp: () => controls.panBy(0, PAN_STEP_PERCENT),
      panDown: () => controls.panBy(0, -PAN_STEP_PERCENT),
    };
    const run = action ? actions[action] : undefined;
    if (!run) return;
    event.preventDefault();
    run();
  };
  const tool = (label: string, onClick: () => void, icon: ReactNode, disabled = false) => (
    <ToolButton label={label} onClick={onClick} disabled={disabled}>
      {icon}
    </ToolButton>
  );
  return (
    <Dialog open={open} onClose={close} onKeyDown={onKeyDown} maxWidth="xl" fullWidth aria-labelledby="compare-title">
      <DialogTitle id="compare-title" sx={{ pr: 7 }}>
        {t('compare.title')}
        <IconButton aria-label={t('viewer.close')} title={t('viewer.close')} onClick={close} sx={{ position: 'absolute', right: 8, top: 8 }}>
          <CloseIcon />
        </IconButton>
      </DialogTitle>
      <DialogContent>
        <Stack direction="row" alignItems="center" spacing={0.5} role="toolbar" aria-label={t('viewer.toolbar')} sx={{ mb: 1 }}>
          {tool(t('viewer.zoom_out'), controls.zoomOut, <ZoomOutIcon />, !controls.canZoomOut)}
          <Typography variant="body2" sx={{ minWidth: 56, textAlign: 'center' }}>
            {t('viewer.zoom_level', { percent: Math.round(controls.transform.zoom * 100) })}
          </Typography>
          {tool(t('viewer.zoom_in'), controls.zoomIn, <ZoomInIcon />, !controls.canZoomIn)}
          {tool(t('viewer.rotate'), controls.rotate, <RotateRightIcon />)}
          {tool(t('viewer.reset'), controls.reset, <RestartAltIcon />)}
          <Typography variant="caption" color="text.secondary" sx={{ pl: 1 }}>
            {t('compare.hint')}
          </Typography>
        </Stack>
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, md: 6 }}>
            <Pane document={enrollment} caption={t('compare.enrollment', { date: dated(enrollment) })} missing={t('compare.missing_enrollment')} controls={controls} testId="compare-enrollment" />
          </Grid>
          <Grid size={{ xs: 12, md: 6 }}>
            <Pane document={damage} caption={t('compare.damage', { date: dated(damage) })} missing={t('compare.missing_damage')} controls={controls} testId="compare-damage" />
          </Grid>
        </Grid>
      </DialogContent>
    </Dialog>
  );
}
