/**
 * IMEI (端末識別番号) checks: page FAQ "IMEIとは…15桁の数字です"; the 15th digit is a Luhn check digit
 * (3GPP TS 23.003). A malformed IMEI is a business condition (IMEI_INVALID), not invalid input, so
 * these helpers return booleans and never throw.
 *
 * decision: an IMEI is exactly 15 ASCII digits, without spaces or hyphens; callers that read an IMEI
 * off a document normalise it first (see `normalizeImei`).
 */

const FOURTEEN_DIGITS = /^\d{14}$/;

/** Sum of the Luhn digits of `digits`, doubling every second digit counted from the right end. */
function luhnSum(digits: string, doubleRightmost: boolean): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    const fromRight = digits.length - 1 - i;
    let digit = Number(digits[i]);
    if ((fromRight % 2 === 0) === doubleRightmost) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum;
}

/** The Luhn check digit (0–9) completing the 14-digit IMEI body `body`. Throws RangeError otherwise. */
export function imeiCheckDigit(body: string): number {
  if (!FOURTEEN_DIGITS.test(body)) throw new RangeError(`An IMEI body is 14 digits: ${body}`);
  return (10 - (luhnSum(body, true) % 10)) % 10;
}

/** The 15-digit IMEI made of the 14-digit `body` and its check digit (for test data and seeds). */
export function completeImei(body: string): string {
  return `${body}${imeiCheckDigit(body)}`;
}

/**
 * True when `imei` is 15 digits whose last is the Luhn check digit of the first 14 (page: IMEI FAQ).
 * Reads the character codes in one pass (no regex, no temporaries): ASCII digits 0–9 only, as
 * `/^\d{15}$/` would.
 */
export function isValidImei(imei: string): boolean {
  // A non-string (plain JS callers) is read as its text, as `RegExp#test` did.
  const text = typeof imei === 'string' ? imei : String(imei);
  if (text.length !== 15) return false;
  let sum = 0;
  for (let i = 0; i < 15; i += 1) {
    let digit = text.charCodeAt(i) - 48;
    if (!(digit >= 0 && digit <= 9)) return false;
    // Counted from the right end (the check digit, position 0), every odd position is doubled.
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/**
 * Removes the spaces and hyphens people write inside an IMEI (`35-209900-176148-1` → `352099001761481`),
 * so that what is read off an estimate can be compared with the policy's IMEI. Other characters stay,
 * so a wrong IMEI stays wrong.
 */
export function normalizeImei(value: string): string {
  return value.replace(/[\s-]/g, '');
}
