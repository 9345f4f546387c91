/**
 * The generated policies (after the scenarios' p-0001…p-0022): holders from faker's `ja` locale,
 * refurbished phones from src/domain/devices.ts at plausible prices, both plans and the eligible
 * carriers (a few ineligible ones), network-use restriction results, inception dates over the
 * three years before the reference date. Money in integer yen; dates JST.
 */
import type { Faker } from '@faker-js/faker';
import { PLAN_TERMS } from '../../src/domain/adjudication';
import { addMonths, type IsoDate } from '../../src/domain/dates';
import { findDeviceModel, type DeviceModel } from '../../src/domain/devices';
import type { Yen } from '../../src/domain/money';
import type { Policy } from '../../src/domain/records';
import type { Random } from '../random';
import type { SeedCalendar } from './calendar';
import { fakeHolder } from './holders';
import { makeImei } from './imei';
import { CARRIER_WEIGHTS, MODEL_WEIGHTS, NETWORK_RESTRICTION_WEIGHTS, PLAN_WEIGHTS } from './mix';
import { pad } from './state';

/** The random sources and date the generated (bulk) records are drawn with. */
export interface BulkContext {
  random: Random;
  faker: Faker;
  /** JST reference date ("today"). */
  today: IsoDate;
  /** Date arithmetic around `today`. */
  calendar: SeedCalendar;
}

/** Days before the reference date the oldest generated policy started (three years). */
export const OLDEST_INCEPTION_DAYS = 1_095;

/** A shop price in [min, max] as shops write them: ending in ,800 or ,980 yen. */
export function shopPrice(random: Random, min: Yen, max: Yen): Yen {
  const thousands = random.int(Math.ceil(min / 1_000), Math.max(Math.ceil(min / 1_000), Math.floor(max / 1_000)));
  return thousands * 1_000 - (random.chance(0.6) ? 200 : 20);
}

/** The catalog entry of `name`; throws when the mix names a model the catalog lacks (a bug in ./mix.ts). */
function catalogModel(name: string): DeviceModel {
  const found = findDeviceModel(name);
  if (!found) throw new Error(`Seed mix names ${name}, which src/domain/devices.ts does not list`);
  return found;
}

function deviceOf(ctx: BulkContext, inceptionDate: IsoDate): Policy['device'] {
  const { random } = ctx;
  const model = catalogModel(random.weighted(MODEL_WEIGHTS));
  // 0.7% bought far above the usual price (feeds PRICE_ABOVE_USUAL).
  const purchasePrice = random.chance(0.007)
    ? shopPrice(random, Math.round(model.usualPrice.max * 1.6), Math.round(model.usualPrice.max * 2.2))
    : shopPrice(random, model.usualPrice.min, model.usualPrice.max);
  const replacementCost = random.chance(0.03) ? undefined : Math.round((model.replacementCost * random.int(90, 105)) / 100 / 100) * 100;
  // Most buy the phone and insure it together; some insure a phone they have had for a while.
  const purchaseDate = random.chance(0.7) ? ctx.calendar.shift(inceptionDate, -random.int(0, 14)) : addMonths(inceptionDate, -random.int(1, 24));
  return {
    model: model.model,
    imei: makeImei(random, random.chance(0.003)),
    carrier: random.weighted(CARRIER_WEIGHTS),
    gitekiCertified: !random.chance(0.005),
    purchasePrice,
    purchaseDate,
    replacementCost,
    networkRestriction: random.weighted(NETWORK_RESTRICTION_WEIGHTS),
  };
}

/**
 * The `number`-th policy (1-based, its id `p-NNNN`), drawn from `ctx`: 75% standard, active but
 * for a few lapsed or cancelled, an enrollment photo on file for most.
 */
export function generatePolicy(ctx: BulkContext, number: number): Policy {
  const { random } = ctx;
  const inceptionDate = ctx.calendar.shift(ctx.today, -random.int(0, OLDEST_INCEPTION_DAYS));
  const plan = random.weighted(PLAN_WEIGHTS);
  return {
    id: `p-${pad(number)}`,
    policyNumber: `BMS-${inceptionDate.slice(0, 4)}-${pad(number, 5)}`,
    holder: fakeHolder(ctx.faker),
    plan,
    status: random.weighted([
      ['active', 93],
      ['lapsed', 4],
      ['cancelled', 3],
    ]),
    inceptionDate,
    monthlyPremium: PLAN_TERMS[plan].monthlyPremium,
    paymentMethod: 'credit_card',
    device: deviceOf(ctx, inceptionDate),
    enrollmentPhotoOnFile: random.chance(0.85),
    version: 0,
  };
}
