/**
 * Fields shared by every resource: yen, JST dates and translated enumerations, read from the
 * record in context like react-admin's own fields.
 */
import { Typography, type TypographyProps } from '@mui/material';
import { useFieldValue, useLocaleState, useTranslate, type FieldProps } from 'react-admin';
import { formatJstDate, formatYen } from './format';

type TextFieldProps = FieldProps & Pick<TypographyProps, 'variant' | 'fontWeight'>;

/** An integer-yen field: `96,000円` / `¥96,000`; empty when the value is absent. */
export function YenField({ source, variant = 'body2', fontWeight }: TextFieldProps) {
  const value: unknown = useFieldValue({ source });
  const [locale] = useLocaleState();
  return (
    <Typography component="span" variant={variant} fontWeight={fontWeight}>
      {typeof value === 'number' ? formatYen(value, locale) : ''}
    </Typography>
  );
}
YenField.textAlign = 'right' as const;

/** A JST calendar-date field (`YYYY-MM-DD` in the record): `2026年11月29日` / `Nov 29, 2026`. */
export function JstDateField({ source, variant = 'body2' }: TextFieldProps) {
  const value: unknown = useFieldValue({ source });
  const [locale] = useLocaleState();
  return (
    <Typography component="span" variant={variant}>
      {typeof value === 'string' ? formatJstDate(value, locale) : ''}
    </Typography>
  );
}

/** An enumeration translated through `app.<group>.<value>` (peril, plan, claim_status, …). */
export function EnumField({ source, group, variant = 'body2' }: TextFieldProps & { group: string }) {
  const value: unknown = useFieldValue({ source });
  const translate = useTranslate();
  return (
    <Typography component="span" variant={variant}>
      {typeof value === 'string' ? translate(`app.${group}.${value}`, { _: value }) : ''}
    </Typography>
  );
}
