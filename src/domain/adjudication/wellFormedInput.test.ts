/**
 * The fast check `wellFormedInput` is sound (./wellFormedInput.ts): whatever it accepts, the schema
 * accepts and parses to an equal object; and `adjudicate` returns, for every input, exactly what the
 * reference path `adjudicationInputSchema.parse` + `adjudicateValidated` returns, or throws the same
 * ZodError. Checked over valid inputs, over the invalid ones of ./arbitraries.ts, and over valid
 * inputs with random corruptions: wrong types, NaN, ±Infinity, -0, impossible or out-of-range dates,
 * huge numbers, extra keys, missing keys, inherited properties, getters, null-prototype objects,
 * arrays in place of objects, sparse or foreign elements in `documents`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { adjudicate, adjudicateValidated } from './adjudicate';
import { adjudicationInputArbitrary, invalidAdjudicationInputArbitrary } from './arbitraries';
import { adjudicationInputSchema, type Adjudication, type AdjudicationInput } from './schemas';
import { anAdjudicationInput } from './testing';
import { wellFormedInput } from './wellFormedInput';

type Node = Record<string, unknown>;

/** What the reference path returns, or the ZodError it throws. */
function reference(input: unknown): Adjudication | ZodError {
  const parsed = adjudicationInputSchema.safeParse(input);
  return parsed.success ? adjudicateValidated(parsed.data) : parsed.error;
}

/** `adjudicate` agrees with the reference path on `input`, result for result, error for error. */
function expectSameAsReference(input: unknown): void {
  const expected = reference(input);
  if (expected instanceof ZodError) {
    let thrown: unknown;
    try {
      adjudicate(input as AdjudicationInput);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ZodError);
    expect((thrown as ZodError).issues).toEqual(expected.issues);
  } else {
    expect(adjudicate(input as AdjudicationInput)).toEqual(expected);
  }
}

/** Whenever the fast check accepts `input`, the schema accepts it and parses it to an equal object. */
function expectSoundOn(input: unknown): void {
  const checked = wellFormedInput(input);
  if (checked === null) return;
  const parsed = adjudicationInputSchema.safeParse(input);
  expect(parsed.success).toBe(true);
  if (parsed.success) expect(checked).toEqual(parsed.data);
}

/** Values that are, or are not, what some field of the input expects. */
const oddPrimitive = fc.constantFrom<unknown>(
  undefined,
  null,
  Number.NaN,
  -0,
  0,
  1,
  -1,
  0.5,
  3_000,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  2 ** 53,
  2 ** 53 - 1,
  -(2 ** 53),
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  1e21,
  10n,
  '',
  '0',
  '1000',
  'standard',
  'light',
  'damage',
  'theft_loss',
  'docomo',
  'iijmio',
  'accident',
  'ageing',
  'product_defect',
  'enrollment_photo',
  'police_report',
  '__proto__',
  'constructor',
  '2026-02-30',
  '2024-02-29',
  '2025-02-29',
  '1899-12-31',
  '1900-01-01',
  '2999-12-31',
  '3000-01-01',
  '0001-01-01',
  '2026-1-01',
  ' 2026-01-01',
  '2026-01-01 ',
  '2026-01-01\n',
  '２０２６-01-01',
  '352099001761481',
  true,
  false,
);

/** Objects of the kinds that are, or are not, what some field expects; made afresh for every run. */
const oddObject = fc
  .constantFrom<() => unknown>(
    () => [],
    () => ({}),
    () => ['damage_photo'],
    () => [undefined],
    () => new Date(0),
    () => new String('standard'),
    () => Object.create(null) as object,
  )
  .map((make) => make());

const oddValue = fc.oneof({ arbitrary: oddPrimitive, weight: 5 }, { arbitrary: oddObject, weight: 1 });

/** Every path of the input that the contract names (leaves and objects), and a few unknown keys. */
const PATHS: readonly (readonly string[])[] = [
  ['plan'],
  ['period'],
  ['period', 'start'],
  ['period', 'end'],
  ['paidInPeriod'],
  ['enrollmentPhotoOnFile'],
  ['device'],
  ['device', 'imei'],
  ['device', 'carrier'],
  ['device', 'gitekiCertified'],
  ['device', 'purchasePrice'],
  ['device', 'replacementCost'],
  ['device', 'purchaseDate'],
  ['claim'],
  ['claim', 'peril'],
  ['claim', 'incidentDate'],
  ['claim', 'cause'],
  ['claim', 'repairable'],
  ['claim', 'repairCost'],
  ['claim', 'investigationCost'],
  ['claim', 'estimateImei'],
  ['claim', 'documents'],
  ['extra'],
  ['period', 'extra'],
  ['device', 'extra'],
  ['claim', 'extra'],
  ['claim', 'documents', '0'],
  ['claim', 'documents', '5'],
];

/** A deep copy of plain data (objects and arrays), keeping other values as they are. */
function copyOf(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copyOf);
  if (typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, copyOf(v)]));
  }
  return value;
}

/** How a property is corrupted. */
type Corruption =
  | { kind: 'set'; value: unknown }
  | { kind: 'delete' }
  | { kind: 'inherit' }
  | { kind: 'getter' }
  | { kind: 'nullPrototype' }
  | { kind: 'asArray' }
  | { kind: 'ownProto'; value: unknown };

const corruption: fc.Arbitrary<Corruption> = fc.oneof(
  { arbitrary: oddValue.map((value) => ({ kind: 'set' as const, value })), weight: 6 },
  { arbitrary: fc.constant({ kind: 'delete' as const }), weight: 1 },
  { arbitrary: fc.constant({ kind: 'inherit' as const }), weight: 1 },
  { arbitrary: fc.constant({ kind: 'getter' as const }), weight: 1 },
  { arbitrary: fc.constant({ kind: 'nullPrototype' as const }), weight: 1 },
  { arbitrary: fc.constant({ kind: 'asArray' as const }), weight: 1 },
  { arbitrary: oddValue.map((value) => ({ kind: 'ownProto' as const, value })), weight: 1 },
);

function isPlainOrBare(value: object): boolean {
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype === null || prototype === Object.prototype) return true;
  // A prototype that the 'inherit' corruption made: a plain object.
  return typeof prototype === 'object' && Object.getPrototypeOf(prototype) === Object.prototype && !Object.hasOwn(prototype, 'constructor');
}

/** `root` with the property at `path` corrupted (in place; `root` is a fresh copy). */
function corrupt(root: Node, path: readonly string[], how: Corruption): Node {
  let parent: Node = root;
  for (const key of path.slice(0, -1)) {
    const next = parent[key];
    // Only into the input's own objects and arrays (not into a Date or String put there before).
    if (typeof next !== 'object' || next === null || !(Array.isArray(next) || isPlainOrBare(next))) return root;
    parent = next as Node;
  }
  const key = path[path.length - 1] as string;
  const value = parent[key];
  switch (how.kind) {
    case 'set':
      Object.defineProperty(parent, key, { value: how.value, enumerable: true, configurable: true, writable: true });
      break;
    case 'delete':
      delete parent[key];
      break;
    case 'inherit': {
      // The property moves to the prototype: still read by `parent[key]`, no longer an own key.
      delete parent[key];
      Object.setPrototypeOf(parent, { [key]: value });
      break;
    }
    case 'getter':
      Object.defineProperty(parent, key, { get: () => value, enumerable: true, configurable: true });
      break;
    case 'nullPrototype':
      if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
        Object.defineProperty(parent, key, { value: Object.assign(Object.create(null) as Node, value), enumerable: true, configurable: true, writable: true });
      }
      break;
    case 'asArray':
      if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
        Object.defineProperty(parent, key, { value: Object.assign([], value), enumerable: true, configurable: true, writable: true });
      }
      break;
    case 'ownProto':
      // As JSON.parse makes it: an own property named "__proto__", which the schema does not read.
      Object.defineProperty(parent, '__proto__', { value: how.value, enumerable: true, configurable: true, writable: true });
      break;
  }
  return root;
}

/** A valid input with one to three corruptions. */
const corruptedInputArbitrary: fc.Arbitrary<unknown> = fc
  .tuple(adjudicationInputArbitrary, fc.array(fc.tuple(fc.constantFrom(...PATHS), corruption), { minLength: 1, maxLength: 3 }))
  .map(([input, corruptions]) => corruptions.reduce((root, [path, how]) => corrupt(root, path, how), copyOf(input) as Node));

describe('wellFormedInput is sound', { timeout: 120_000 }, () => {
  it('accepts every valid input of the arbitraries, as the schema parses it (defaults filled in)', () => {
    fc.assert(
      fc.property(adjudicationInputArbitrary, (input) => {
        expect(wellFormedInput(input)).toEqual(adjudicationInputSchema.parse(input));
      }),
      { numRuns: 3_000 },
    );
  });

  it('accepts none of the invalid inputs of the arbitraries', () => {
    fc.assert(
      fc.property(invalidAdjudicationInputArbitrary, (input) => {
        expect(wellFormedInput(input)).toBeNull();
      }),
      { numRuns: 3_000 },
    );
  });

  it('accepts a corrupted input only when the schema does, and then parses it the same', () => {
    const seen = { accepted: 0, refused: 0, refusedButValid: 0 };
    fc.assert(
      fc.property(corruptedInputArbitrary, (input) => {
        expectSoundOn(input);
        if (wellFormedInput(input)) seen.accepted += 1;
        else if (adjudicationInputSchema.safeParse(input).success) seen.refusedButValid += 1;
        else seen.refused += 1;
      }),
      { numRuns: 8_000 },
    );
    // The corruptions are worth the name only if they reach both sides of the check.
    expect(seen.accepted).toBeGreaterThan(800);
    expect(seen.refused).toBeGreaterThan(800);
  });

  it('reads -0 as 0, as yenSchema does', () => {
    const input = anAdjudicationInput({ paidInPeriod: -0, device: { replacementCost: -0 }, claim: { repairCost: -0 } });
    const checked = wellFormedInput(input);
    expect(checked).toEqual(adjudicationInputSchema.parse(input));
    expect(Object.is(checked?.paidInPeriod, 0)).toBe(true);
    expect(Object.is(checked?.device.replacementCost, 0)).toBe(true);
    expect(Object.is(checked?.claim.repairCost, 0)).toBe(true);
  });

  it('fills in the defaults exactly as the schema does', () => {
    const bare: Partial<AdjudicationInput> = anAdjudicationInput();
    delete bare.enrollmentPhotoOnFile;
    delete bare.claim?.cause;
    delete bare.claim?.repairable;
    expect(wellFormedInput(bare)).toMatchObject({ enrollmentPhotoOnFile: false, claim: { cause: 'accident', repairable: true } });
    expect(wellFormedInput(bare)).toEqual(adjudicationInputSchema.parse(bare));
  });

  it('reads every property once: a getter that changes its answer cannot slip an invalid value past the check', () => {
    const reads = new Map<string, number>();
    const counted = <T extends object>(target: T, name: string): T =>
      new Proxy(target, {
        get(object, key, receiver) {
          const at = `${name}.${String(key)}`;
          reads.set(at, (reads.get(at) ?? 0) + 1);
          return Reflect.get(object, key, receiver) as unknown;
        },
      });
    const input = anAdjudicationInput();
    const watched = counted(
      {
        ...input,
        period: counted(input.period, 'period'),
        device: counted(input.device, 'device'),
        claim: counted({ ...input.claim, documents: counted(input.claim.documents, 'documents') }, 'claim'),
      },
      'input',
    );
    expect(adjudicate(watched)).toEqual(adjudicate(input));
    const readTwice = [...reads].filter(([key, count]) => count > 1 && !key.startsWith('documents.'));
    expect(readTwice).toEqual([]);
    // Each document kind once; `length` once per loop test is how arrays are read.
    for (const [key, count] of reads) if (/^documents\.\d+$/.test(key)) expect(count).toBe(1);

    let calls = 0;
    const fickle = anAdjudicationInput();
    Object.defineProperty(fickle.claim, 'repairCost', { get: () => (calls++ === 0 ? 99_000 : -1), enumerable: true });
    expect(adjudicate(fickle)).toMatchObject({ decision: 'approve', payout: 96_000 });
  });
});

describe('adjudicate equals the reference path schema.parse + adjudicateValidated', { timeout: 120_000 }, () => {
  it('on valid inputs', () => {
    fc.assert(fc.property(adjudicationInputArbitrary, expectSameAsReference), { numRuns: 3_000 });
  });

  it('on invalid inputs: the same ZodError, issue for issue', () => {
    fc.assert(fc.property(invalidAdjudicationInputArbitrary, expectSameAsReference), { numRuns: 2_000 });
  });

  it('on corrupted inputs', () => {
    fc.assert(fc.property(corruptedInputArbitrary, expectSameAsReference), { numRuns: 5_000 });
  });

  it.each([null, undefined, 'claim', 42, [], new Date(0), Object.create(null) as object])('on %p', (input) => {
    expectSameAsReference(input);
  });
});
