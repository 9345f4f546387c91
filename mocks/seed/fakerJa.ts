/**
 * faker with the Japanese locale, seeded: the same seed number gives the same names, phone numbers,
 * e-mail addresses and street numbers on every machine. A new instance per use, so one seed's
 * generation never shifts another's sequence.
 */
import { base, en, Faker, ja } from '@faker-js/faker';

/** A faker instance with the `ja` locale (falling back to `en`, then `base`) seeded with `seed`. */
export function seededFakerJa(seed: number): Faker {
  const faker = new Faker({ locale: [ja, en, base] });
  faker.seed(seed);
  return faker;
}
