import { Chip } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { Decision } from '../../domain/adjudication';

const COLORS = { approve: 'success', deny: 'error', pend: 'warning', refer: 'info' } as const;

/** The module's decision as a coloured, translated chip. */
export function DecisionChip({ decision, size = 'small' }: { decision: Decision; size?: 'small' | 'medium' }) {
  const translate = useTranslate();
  return <Chip size={size} color={COLORS[decision]} label={translate(`app.decision.${decision}`)} />;
}
