/**
 * Masking of personal data (APPI; shared/spec/product.md, "Personal data"): lists and exports show
 * phone numbers, e-mail addresses and IMEIs masked. Every mask is idempotent: a value that is
 * already masked (it holds the mask character `*`, which no phone number, e-mail address or IMEI
 * does) is returned as it is, so a screen may mask what the API already masked.
 */

/** The character that stands for a hidden one. */
export const MASK_CHAR = '*';

/** True when `value` is already masked (holds {@link MASK_CHAR}): the masks return it unchanged. */
export function isMasked(value: string): boolean {
  return value.includes(MASK_CHAR);
}

/** `090-1234-5678` → `090-****-5678`: keeps the first and last groups, masks every digit between. Idempotent. */
export function maskPhone(phone: string): string {
  if (isMasked(phone)) return phone;
  const groups = phone.split('-');
  if (groups.length >= 3) {
    return [groups[0], ...groups.slice(1, -1).map((g) => MASK_CHAR.repeat(g.length)), groups[groups.length - 1]].join('-');
  }
  return phone.length <= 4 ? MASK_CHAR.repeat(phone.length) : MASK_CHAR.repeat(phone.length - 4) + phone.slice(-4);
}

/** `356938035643809` → `***********3809`: every character but the last four. Idempotent. */
export function maskImei(imei: string): string {
  if (isMasked(imei)) return imei;
  return imei.length <= 4 ? MASK_CHAR.repeat(imei.length) : MASK_CHAR.repeat(imei.length - 4) + imei.slice(-4);
}

/** `taro.yamada@example.jp` → `t**********@example.jp`: the local part but its first letter (at least 3 stars). Idempotent. */
export function maskEmail(email: string): string {
  if (isMasked(email)) return email;
  const at = email.lastIndexOf('@');
  if (at <= 0) return MASK_CHAR.repeat(email.length);
  return `${email[0]}${MASK_CHAR.repeat(Math.max(3, at - 1))}${email.slice(at)}`;
}
