import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { completeImei, imeiCheckDigit, isValidImei, normalizeImei } from './imei';

/** A valid IMEI, or one with a non-digit slipped in somewhere. */
const validBodyPlusCheck = fc
  .tuple(fc.stringMatching(/^\d{14}$/), fc.nat(15), fc.constantFrom('', '/', ':', 'a', '٣', ' '))
  .map(([body, at, odd]) => {
    const imei = completeImei(body);
    return odd === '' ? imei : `${imei.slice(0, at)}${odd}${imei.slice(at + 1)}`;
  });

describe('isValidImei', () => {
  it.each([
    ['490154203237518', 'the usual textbook IMEI'],
    ['356938035643809', 'an iPhone IMEI'],
    ['352099001761481', 'the test builder default'],
    ['000000000000000', 'all zeros (check digit 0)'],
  ])('accepts %s (%s)', (imei) => {
    expect(isValidImei(imei)).toBe(true);
  });

  it.each([
    ['490154203237519', 'wrong check digit'],
    ['49015420323751', '14 digits'],
    ['4901542032375180', '16 digits'],
    ['49015420323751a', 'a letter'],
    ['49-0154203-237518', 'hyphens (normalise first)'],
    ['490154 203237518', 'a space'],
    ['４９０１５４２０３２３７５１８', 'full-width digits'],
    ['', 'empty'],
  ])('rejects %s (%s)', (imei) => {
    expect(isValidImei(imei)).toBe(false);
  });

  it('accepts exactly one check digit for every 14-digit body', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{14}$/), (body) => {
        const valid = Array.from({ length: 10 }, (_, d) => `${body}${d}`).filter(isValidImei);
        expect(valid).toEqual([completeImei(body)]);
      }),
    );
  });

  it('accepts exactly 15 ASCII digits whose last is the check digit of the first 14, whatever the string', () => {
    fc.assert(
      fc.property(fc.oneof(fc.stringMatching(/^\d{15}$/), validBodyPlusCheck, fc.string({ maxLength: 16 })), (value) => {
        const expected = /^\d{15}$/.test(value) && completeImei(value.slice(0, 14)) === value;
        expect(isValidImei(value)).toBe(expected);
      }),
      { numRuns: 2_000 },
    );
  });

  it('detects any single-digit change', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{14}$/), fc.nat(14), fc.integer({ min: 1, max: 9 }), (body, position, delta) => {
        const imei = completeImei(body);
        const changed = imei.slice(0, position) + ((Number(imei[position]) + delta) % 10) + imei.slice(position + 1);
        expect(isValidImei(changed)).toBe(false);
      }),
    );
  });
});

describe('imeiCheckDigit', () => {
  it('computes the Luhn check digit of a 14-digit body', () => {
    expect(imeiCheckDigit('49015420323751')).toBe(8);
    expect(imeiCheckDigit('35693803564380')).toBe(9);
  });

  it.each(['4901542032375', '490154203237518', '4901542032375x'])('throws on a body that is not 14 digits: %s', (body) => {
    expect(() => imeiCheckDigit(body)).toThrow(RangeError);
  });
});

describe('normalizeImei', () => {
  it('removes spaces and hyphens only', () => {
    expect(normalizeImei('49-015420-323751-8')).toBe('490154203237518');
    expect(normalizeImei(' 4901 5420 3237 518 ')).toBe('490154203237518');
    expect(normalizeImei('49015420323751x')).toBe('49015420323751x');
  });
});
