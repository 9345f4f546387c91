/**
 * Policyholders of the generated policies: Japanese name (姓 名) with its katakana reading, a mobile
 * number (090/080/070), an e-mail address on the reserved domain example.jp. Drawn with faker's
 * `ja` locale (seeded), names from ./names.ts so that each has its true reading.
 */
import type { Faker } from '@faker-js/faker';
import type { Policy } from '../../src/domain/records';
import { FAMILY_NAMES, GIVEN_NAMES } from './names';

/** Mobile prefixes (faker's `ja` cell phone formats are 090/080/070-####-####). */
const MOBILE_PREFIXES = ['090', '080', '070'];
const fourDigits = (faker: Faker): string => String(faker.number.int(9_999)).padStart(4, '0');
const SEPARATORS = ['.', '_', ''];

/** A policyholder: name `姓 名`, kana `セイ メイ`, phone `0X0-xxxx-xxxx`, e-mail `…@example.jp`. */
export function fakeHolder(faker: Faker): Policy['holder'] {
  const [family, familyKana, familyRomaji] = faker.helpers.arrayElement(FAMILY_NAMES);
  const [given, givenKana, givenRomaji] = faker.helpers.arrayElement(GIVEN_NAMES);
  return {
    name: `${family} ${given}`,
    kana: `${familyKana} ${givenKana}`,
    phone: `${faker.helpers.arrayElement(MOBILE_PREFIXES)}-${fourDigits(faker)}-${fourDigits(faker)}`,
    email: `${givenRomaji}${faker.helpers.arrayElement(SEPARATORS)}${familyRomaji}${faker.datatype.boolean() ? faker.number.int(99) : ''}@example.jp`,
  };
}
