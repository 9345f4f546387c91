/** The panel's network section: latency and failure rate sliders, saved when released. */
import { Box, Slider, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import type { MockSettings } from './mockControlsApi';
import { useUpdateMockSettings } from './useMockControls';

/** The latency slider's top, in milliseconds (the API takes up to 30 s). */
export const LATENCY_SLIDER_MAX = 5_000;

/** Keeps the thumbs inside the drawer at both ends. */
const SLIDER_SX = { mx: 1, width: 'calc(100% - 16px)' } as const;

/** Latency and failure-rate sliders. */
export function NetworkSection({ settings }: { settings: MockSettings }) {
  const translate = useTranslate();
  const update = useUpdateMockSettings();
  const [latencyMs, setLatencyMs] = useState(settings.latencyMs);
  const [percent, setPercent] = useState(Math.round(settings.failureRate * 100));
  const single = (value: number | number[]) => (Array.isArray(value) ? (value[0] ?? 0) : value);

  return (
    <Box component="section" aria-labelledby="mock-network-heading">
      <Typography id="mock-network-heading" variant="subtitle1" gutterBottom>
        {translate('app.mock.network')}
      </Typography>
      <Typography id="mock-latency-label" variant="body2">
        {translate('app.mock.latency', { ms: latencyMs.toLocaleString() })}
      </Typography>
      <Slider
        aria-labelledby="mock-latency-label"
        value={Math.min(latencyMs, LATENCY_SLIDER_MAX)}
        min={0}
        max={LATENCY_SLIDER_MAX}
        step={100}
        marks={[0, 1_000, 2_000, 3_000, 4_000, 5_000].map((value) => ({ value }))}
        valueLabelDisplay="auto"
        sx={SLIDER_SX}
        onChange={(_event, value) => setLatencyMs(single(value))}
        onChangeCommitted={(_event, value) => update.mutate({ latencyMs: single(value) })}
      />
      <Typography id="mock-failure-label" variant="body2">
        {translate('app.mock.failure_rate', { percent })}
      </Typography>
      <Slider
        aria-labelledby="mock-failure-label"
        value={percent}
        min={0}
        max={100}
        step={5}
        marks={[0, 25, 50, 75, 100].map((value) => ({ value }))}
        valueLabelDisplay="auto"
        valueLabelFormat={(value) => `${value}%`}
        color={percent > 0 ? 'warning' : 'primary'}
        sx={SLIDER_SX}
        onChange={(_event, value) => setPercent(single(value))}
        onChangeCommitted={(_event, value) => update.mutate({ failureRate: single(value) / 100 })}
      />
      <Typography variant="caption" color="text.secondary" component="p">
        {translate('app.mock.network_help')}
      </Typography>
    </Box>
  );
}
