/** The panel's data section: seed number, size, re-seed and reset (both confirmed first). */
import CasinoIcon from '@mui/icons-material/Casino';
import RestartAltIcon from '@mui/icons-material/RestartAlt';
import { Box, Button, FormControl, IconButton, InputLabel, MenuItem, Select, Stack, TextField, Tooltip, Typography } from '@mui/material';
import { useState } from 'react';
import { Confirm, useTranslate } from 'react-admin';
import type { MockStatus } from './mockControlsApi';
import { useNumberFormat, useResetMockData } from './useMockControls';

/**
 * The sizes offered, in claims (the current one is added when it is another): 23 is the
 * hand-written scenarios only (the API tests' known state), 1,500 the default, 100,000 the largest.
 */
export const SIZE_PRESETS: readonly number[] = [23, 150, 1_500, 10_000, 100_000];

type Pending = { seed?: number; size?: number } | null;

/** Seed and size fields with the re-seed and reset buttons. */
export function DataSection({ status }: { status: MockStatus }) {
  const translate = useTranslate();
  const format = useNumberFormat();
  const reset = useResetMockData();
  const [seed, setSeed] = useState(String(status.settings.seed));
  const [size, setSize] = useState(status.settings.size);
  const [pending, setPending] = useState<Pending>(null);
  const seedNumber = Number(seed);
  const seedValid = seed.trim() !== '' && Number.isInteger(seedNumber) && seedNumber >= 0 && seedNumber <= 2_147_483_647;
  const sizes = SIZE_PRESETS.includes(size) ? SIZE_PRESETS : [...SIZE_PRESETS, size].sort((a, b) => a - b);
  const confirmed = pending ?? {};

  return (
    <Box component="section" aria-labelledby="mock-data-heading">
      <Typography id="mock-data-heading" variant="subtitle1" gutterBottom>
        {translate('app.mock.data')}
      </Typography>
      <Stack direction="row" spacing={1} alignItems="flex-start">
        <TextField
          label={translate('app.mock.seed')}
          value={seed}
          onChange={(event) => setSeed(event.target.value)}
          error={!seedValid}
          size="small"
          type="number"
          slotProps={{ htmlInput: { min: 0, step: 1, 'data-testid': 'mock-seed' } }}
          sx={{ flex: 1 }}
        />
        <Tooltip title={translate('app.mock.random_seed')}>
          <IconButton aria-label={translate('app.mock.random_seed')} onClick={() => setSeed(String(Math.floor(Math.random() * 100_000)))}>
            <CasinoIcon />
          </IconButton>
        </Tooltip>
      </Stack>
      <FormControl size="small" fullWidth sx={{ mt: 2 }}>
        <InputLabel id="mock-size-label">{translate('app.mock.size')}</InputLabel>
        <Select labelId="mock-size-label" label={translate('app.mock.size')} value={size} onChange={(event) => setSize(Number(event.target.value))}>
          {sizes.map((option) => (
            <MenuItem key={option} value={option}>
              {translate('app.mock.size_option', { count: format(option) })}
            </MenuItem>
          ))}
        </Select>
      </FormControl>
      <Stack direction="row" spacing={1} sx={{ mt: 2 }} flexWrap="wrap" useFlexGap>
        <Button variant="contained" disabled={!seedValid || reset.isPending} onClick={() => setPending({ seed: seedNumber, size })}>
          {translate('app.mock.reseed')}
        </Button>
        <Button variant="outlined" startIcon={<RestartAltIcon />} disabled={reset.isPending} onClick={() => setPending({})}>
          {translate('app.mock.reset')}
        </Button>
      </Stack>
      <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 1 }}>
        {translate('app.mock.data_help')}
      </Typography>
      <Confirm
        isOpen={pending !== null}
        loading={reset.isPending}
        title="app.mock.confirm_title"
        content="app.mock.confirm_content"
        translateOptions={{ seed: String(confirmed.seed ?? status.settings.seed), size: format(confirmed.size ?? status.settings.size) }}
        onConfirm={() => {
          if (pending) reset.mutate(pending, { onSettled: () => setPending(null) });
        }}
        onClose={() => setPending(null)}
      />
    </Box>
  );
}
