/**
 * The shared adjudication module (shared/spec/adjudication.md): pure code used by the UI to preview
 * a decision and by the mock backend to enforce it.
 */
export * from './schemas';
export * from './terms';
export { adjudicate } from './adjudicate';
export { LINE_CODES, lineCodeSchema, type LineCode } from './lines';
export { completeImei, imeiCheckDigit, isValidImei, normalizeImei } from './imei';
export { missingDocuments, requiredDocuments } from './documents';
export { aggregateLeft, devicePrice } from './settlement';
