/**
 * Adjudication figure (issue 6, item 1): decisions per second of `adjudicate` on one core (this
 * thread) over a varied input set, and, as the reference in the same run, a loop that only reads
 * the same inputs (every field adjudication looks at). Inputs: fast-check's
 * `adjudicationInputArbitrary` sampled with a fixed seed (every tier of the decision order occurs),
 * plus the spec's examples built with `anAdjudicationInput`.
 *
 * Each round runs over the whole set; the figure is the median rate of the rounds, by wall clock
 * and by this process's CPU time (which a loaded machine disturbs less).
 */
import fc from 'fast-check';
import { adjudicate, type AdjudicationInput } from '../src/domain/adjudication';
import { adjudicationInputArbitrary } from '../src/domain/adjudication/arbitraries';
import { anAdjudicationInput } from '../src/domain/adjudication/testing';
import { median } from './stats';

/** Decisions per second of `adjudicate`, and of the read-only loop, medians of the rounds. */
export interface AdjudicationReport {
  inputs: number;
  rounds: number;
  /** Decisions per second, wall clock. */
  rate: number;
  /** Decisions per second of CPU time (user + system of this process). */
  cpuRate: number;
  /** Inputs per second read by the reference loop, wall clock. */
  readRate: number;
  /** Inputs per second read by the reference loop, per second of CPU time (the set read {@link READ_REPEATS} times per round). */
  readCpuRate: number;
  /** Share of each decision among the inputs, e.g. { deny: 0.6, … }. */
  decisions: Record<string, number>;
}

/** The input set: `size` sampled inputs (seed 6) and the spec's worked examples. */
export function adjudicationInputs(size = 10_000): AdjudicationInput[] {
  const examples = [
    anAdjudicationInput(),
    anAdjudicationInput({ claim: { peril: 'water', repairCost: 180_000 } }),
    anAdjudicationInput({ plan: 'light', claim: { peril: 'theft_loss', repairable: false, repairCost: undefined } }),
    anAdjudicationInput({ claim: { repairCost: 2_500 } }),
    anAdjudicationInput({ paidInPeriod: 240_000 }),
  ];
  return [...examples, ...fc.sample(adjudicationInputArbitrary, { numRuns: size, seed: 6 })];
}

/** Reads every field `adjudicate` looks at, and sums something from each so nothing is optimised away. */
function readAll(input: AdjudicationInput): number {
  const { device, claim, period } = input;
  return (
    input.plan.length +
    period.start.length +
    period.end.length +
    input.paidInPeriod +
    (input.enrollmentPhotoOnFile ? 1 : 0) +
    device.imei.length +
    device.carrier.length +
    (device.gitekiCertified ? 1 : 0) +
    device.purchasePrice +
    (device.replacementCost ?? 0) +
    device.purchaseDate.length +
    claim.peril.length +
    claim.incidentDate.length +
    (claim.cause?.length ?? 0) +
    (claim.repairable ? 1 : 0) +
    (claim.repairCost ?? 0) +
    (claim.investigationCost ?? 0) +
    (claim.estimateImei?.length ?? 0) +
    claim.documents.length
  );
}

/**
 * The read-only loop reads the set this many times per round: one pass takes well under a
 * millisecond, too short for the process's CPU clock to measure it on its own.
 */
const READ_REPEATS = 20;

function round<T>(inputs: readonly AdjudicationInput[], each: (input: AdjudicationInput) => T, repeats = 1): { wallMs: number; cpuMs: number; sink: T | undefined } {
  const cpu = process.cpuUsage();
  const started = performance.now();
  let sink: T | undefined;
  for (let r = 0; r < repeats; r += 1) for (const input of inputs) sink = each(input);
  const wallMs = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return { wallMs, cpuMs: (used.user + used.system) / 1_000, sink };
}

/**
 * Measures `adjudicate` over {@link adjudicationInputs} for `rounds` rounds after `warmUp` rounds,
 * alternating with the read-only loop. Throws when an input of the set is rejected (the set is
 * meant to be valid).
 */
export function measureAdjudication({ size = 10_000, rounds = 15, warmUp = 3 } = {}): AdjudicationReport {
  const inputs = adjudicationInputs(size);
  const counts: Record<string, number> = {};
  for (const input of inputs) {
    const { decision } = adjudicate(input);
    counts[decision] = (counts[decision] ?? 0) + 1;
  }
  for (let i = 0; i < warmUp; i += 1) {
    round(inputs, adjudicate);
    round(inputs, readAll, READ_REPEATS);
  }
  const rates: number[] = [];
  const cpuRates: number[] = [];
  const readRates: number[] = [];
  const readCpuRates: number[] = [];
  let checksum = 0;
  for (let i = 0; i < rounds; i += 1) {
    const decided = round(inputs, adjudicate);
    rates.push(inputs.length / (decided.wallMs / 1_000));
    cpuRates.push(inputs.length / (Math.max(decided.cpuMs, 0.001) / 1_000));
    const read = round(inputs, readAll, READ_REPEATS);
    checksum += read.sink ?? 0;
    readRates.push((inputs.length * READ_REPEATS) / (read.wallMs / 1_000));
    readCpuRates.push((inputs.length * READ_REPEATS) / (Math.max(read.cpuMs, 0.001) / 1_000));
  }
  if (!Number.isFinite(checksum)) throw new Error('the read loop summed to a non-number');
  const decisions = Object.fromEntries(Object.entries(counts).map(([d, n]) => [d, n / inputs.length]));
  return { inputs: inputs.length, rounds, rate: median(rates), cpuRate: median(cpuRates), readRate: median(readRates), readCpuRate: median(readCpuRates), decisions };
}
