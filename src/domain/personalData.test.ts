import { describe, expect, test } from 'vitest';
import { isMasked, maskEmail, maskImei, maskPhone } from './personalData';

describe('personal data masking (product.md, "Personal data")', () => {
  test('a phone keeps its first and last groups', () => {
    expect(maskPhone('090-1234-5678')).toBe('090-****-5678');
    expect(maskPhone('03-123-4567')).toBe('03-***-4567');
    expect(maskPhone('09012345678')).toBe('*******5678');
  });
  test('an IMEI keeps its last four digits', () => {
    expect(maskImei('356938035647518')).toBe('***********7518');
    expect(maskImei('123')).toBe('***');
  });
  test('an e-mail keeps the first letter and the domain', () => {
    expect(maskEmail('taro.yamada@example.jp')).toBe('t**********@example.jp');
    expect(maskEmail('a@b.jp')).toBe('a***@b.jp');
    expect(maskEmail('broken')).toBe('******');
  });
  test('no masked output contains the hidden digits', () => {
    expect(maskPhone('090-1234-5678')).not.toContain('1234');
    expect(maskImei('356938035647518')).not.toContain('35693803564');
  });
  test.each([
    ['phone', maskPhone, ['090-1234-5678', '03-123-4567', '09012345678', '123']],
    ['IMEI', maskImei, ['356938035647518', '123']],
    ['e-mail', maskEmail, ['taro.yamada@example.jp', 'a@b.jp', 'broken']],
  ] as const)('masking a masked %s returns it unchanged (the screens mask what the API masked)', (_kind, mask, values) => {
    for (const value of values) {
      const masked = mask(value);
      expect(isMasked(masked) || masked === '').toBe(true);
      expect(mask(masked)).toBe(masked);
    }
  });
  test('a full value is not masked', () => {
    expect(isMasked('090-1234-5678')).toBe(false);
    expect(isMasked('taro@example.jp')).toBe(false);
    expect(isMasked('***********7518')).toBe(true);
  });
});
