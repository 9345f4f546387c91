/**
 * Masking of personal data (APPI; shared/spec/product.md, "Personal data"): lists and exports show
 * phone numbers, e-mail addresses and IMEIs masked.
 */

/** `090-1234-5678` → `090-****-5678`: keeps the first and last groups, masks every digit between. */
export function maskPhone(phone: string): string {
  const groups = phone.split('-');
  if (groups.length >= 3) {
    return [groups[0], ...groups.slice(1, -1).map((g) => '*'.repeat(g.length)), groups[groups.length - 1]].join('-');
  }
  return phone.length <= 4 ? '*'.repeat(phone.length) : '*'.repeat(phone.length - 4) + phone.slice(-4);
}

/** `356938035643809` → `***********3809`: every character but the last four. */
export function maskImei(imei: string): string {
  return imei.length <= 4 ? '*'.repeat(imei.length) : '*'.repeat(imei.length - 4) + imei.slice(-4);
}

/** `taro.yamada@example.jp` → `t***@example.jp`: the local part but its first letter. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at <= 0) return '*'.repeat(email.length);
  return `${email[0]}${'*'.repeat(Math.max(3, at - 1))}${email.slice(at)}`;
}
