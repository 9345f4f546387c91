/** The app bar's mock-controls button and the drawer it opens (loaded lazily, mock mode only). */
import TuneIcon from '@mui/icons-material/Tune';
import { Drawer, IconButton, Tooltip } from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { MockControlsPanel } from './MockControlsPanel';

/** An icon button opening {@link MockControlsPanel} in a drawer on the right. */
export default function MockControlsButton() {
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Tooltip title={translate('app.mock.open')}>
        <IconButton color="inherit" aria-label={translate('app.mock.open')} onClick={() => setOpen(true)} data-testid="mock-controls-button">
          <TuneIcon />
        </IconButton>
      </Tooltip>
      <Drawer anchor="right" open={open} onClose={() => setOpen(false)}>
        {open && <MockControlsPanel onClose={() => setOpen(false)} />}
      </Drawer>
    </>
  );
}
