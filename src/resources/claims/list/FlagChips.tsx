/**
 * A claim's review flags (src/domain/triage) as small chips, each with a tooltip saying why it
 * fired (shared/spec/product.md, "Fraud and review flags"). A flag asks for a closer look; it
 * never decides anything.
 */
import { Chip, Tooltip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { QUEUE_CLASSES } from './queueClasses';
import { FLAG_CODES, type FlagCode } from '../../../domain/triage/flagCodes';

const isFlagCode = (code: string): code is FlagCode => (FLAG_CODES as readonly string[]).includes(code);

/** The review flags of the claim in context (`flags`: FLAG_CODES), or an em dash when none. */
export function FlagChips(_props: { label?: string; source?: string; sortable?: boolean }) {
  const record = useRecordContext<{ flags?: unknown }>();
  const translate = useTranslate();
  const flags = Array.isArray(record?.flags) ? record.flags.filter((flag): flag is string => typeof flag === 'string') : [];
  if (flags.length === 0) return <>—</>;
  return (
    <div className={QUEUE_CLASSES.flags}>
      {flags.map((code) =>
        isFlagCode(code) ? (
          <Tooltip key={code} title={translate(`app.queue.flag_why.${code}`)} arrow>
            <Chip size="small" color="warning" variant="outlined" label={translate(`app.queue.flag.${code}`)} tabIndex={0} />
          </Tooltip>
        ) : (
          <Chip key={code} size="small" variant="outlined" label={code} />
        ),
      )}
    </div>
  );
}
