/**
 * Refurbished phone models people buy in Japan (Back Market スマホ保険 insures refurbished phones),
 * with the usual refurbished purchase price range and what the same model costs to buy again.
 * Pure data: the seed draws policies from it, and the review flags (src/domain/triage) compare a
 * policy's purchase price with its model's usual price.
 *
 * Money is integer yen, tax included. Figures are typical Japanese refurbished-market prices
 * (2024–2026, good condition, base storage); they are reference data for mocks and triage, not
 * quotes. Model names are written as on the seeded policies (`device.model`).
 */
import type { Yen } from './money';

/** Makers in the catalog. */
export type DeviceBrand = 'Apple' | 'Google' | 'Samsung' | 'Sharp' | 'Sony';

/** One phone model of the catalog. */
export interface DeviceModel {
  /** The model as written on a policy, e.g. `iPhone 13 mini`, `Google Pixel 7a`. */
  model: string;
  brand: DeviceBrand;
  /** Year the model was first sold. */
  releaseYear: number;
  /** The usual refurbished purchase price, yen, both ends included. */
  usualPrice: { min: Yen; max: Yen };
  /** What buying the same model again (refurbished) costs today, yen: the 再調達価額. */
  replacementCost: Yen;
}

const model = (name: string, brand: DeviceBrand, releaseYear: number, min: Yen, max: Yen, replacementCost: Yen): DeviceModel => ({
  model: name,
  brand,
  releaseYear,
  usualPrice: { min, max },
  replacementCost,
});

/** The catalog, oldest models first within each maker. */
export const DEVICE_MODELS: readonly DeviceModel[] = [
  model('iPhone 8', 'Apple', 2017, 9_000, 16_000, 11_000),
  model('iPhone XR', 'Apple', 2018, 16_000, 28_000, 19_000),
  model('iPhone XS', 'Apple', 2018, 20_000, 32_000, 24_000),
  model('iPhone 11', 'Apple', 2019, 28_000, 42_000, 32_000),
  model('iPhone 11 Pro', 'Apple', 2019, 35_000, 52_000, 40_000),
  model('iPhone 11 Pro Max', 'Apple', 2019, 42_000, 60_000, 48_000),
  model('iPhone SE (第2世代)', 'Apple', 2020, 14_000, 24_000, 16_000),
  model('iPhone 12 mini', 'Apple', 2020, 28_000, 42_000, 31_000),
  model('iPhone 12', 'Apple', 2020, 38_000, 55_000, 42_000),
  model('iPhone 12 Pro', 'Apple', 2020, 52_000, 75_000, 60_000),
  model('iPhone 12 Pro Max', 'Apple', 2020, 60_000, 85_000, 68_000),
  model('iPhone 13 mini', 'Apple', 2021, 45_000, 62_000, 48_000),
  model('iPhone 13', 'Apple', 2021, 55_000, 78_000, 62_000),
  model('iPhone 13 Pro', 'Apple', 2021, 72_000, 98_000, 80_000),
  model('iPhone 13 Pro Max', 'Apple', 2021, 80_000, 110_000, 88_000),
  model('iPhone SE (第3世代)', 'Apple', 2022, 25_000, 40_000, 30_000),
  model('iPhone 14', 'Apple', 2022, 65_000, 88_000, 72_000),
  model('iPhone 14 Plus', 'Apple', 2022, 70_000, 95_000, 78_000),
  model('iPhone 14 Pro', 'Apple', 2022, 88_000, 120_000, 95_000),
  model('iPhone 14 Pro Max', 'Apple', 2022, 98_000, 135_000, 108_000),
  model('iPhone 15', 'Apple', 2023, 90_000, 115_000, 98_000),
  model('iPhone 15 Plus', 'Apple', 2023, 98_000, 125_000, 105_000),
  model('iPhone 15 Pro', 'Apple', 2023, 120_000, 150_000, 128_000),
  model('iPhone 15 Pro Max', 'Apple', 2023, 140_000, 175_000, 150_000),
  model('Google Pixel 6a', 'Google', 2022, 20_000, 32_000, 22_000),
  model('Google Pixel 7', 'Google', 2022, 32_000, 48_000, 36_000),
  model('Google Pixel 7a', 'Google', 2023, 35_000, 50_000, 38_000),
  model('Google Pixel 8', 'Google', 2023, 55_000, 78_000, 62_000),
  model('Galaxy S22', 'Samsung', 2022, 38_000, 55_000, 42_000),
  model('Galaxy Z Fold4', 'Samsung', 2022, 100_000, 145_000, 115_000),
  model('Galaxy S23', 'Samsung', 2023, 58_000, 80_000, 64_000),
  model('Galaxy A54 5G', 'Samsung', 2023, 30_000, 45_000, 34_000),
  model('AQUOS sense7', 'Sharp', 2022, 15_000, 25_000, 17_000),
  model('AQUOS sense8', 'Sharp', 2023, 22_000, 35_000, 25_000),
  model('Xperia 10 IV', 'Sony', 2022, 18_000, 30_000, 21_000),
  model('Xperia 5 IV', 'Sony', 2022, 42_000, 60_000, 46_000),
  model('Xperia 10 V', 'Sony', 2023, 25_000, 40_000, 29_000),
];

const BY_NAME: ReadonlyMap<string, DeviceModel> = new Map(DEVICE_MODELS.map((entry) => [entry.model, entry]));

/** The catalog entry of `modelName` (exact name, as on a policy), or undefined for a model not in the catalog. */
export function findDeviceModel(modelName: string): DeviceModel | undefined {
  return BY_NAME.get(modelName);
}
