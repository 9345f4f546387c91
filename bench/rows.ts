/**
 * Turns each section's report into rows of the table, with the issue's targets (issue 6):
 * adjudication ≥ 1,000,000 decisions/s; list page median ≤ 15 ms and p95 ≤ 40 ms; aggregates ≤ 150 ms;
 * initial JS ≤ 350 kB gzip with no MSW/recharts; first row ≤ 1.5 s; filter → rows ≤ 200 ms; heap ≤ 250 MB.
 */
import type { AdjudicationReport } from './adjudication';
import type { ApiCase, ApiReport } from './api';
import type { BrowserReport, BrowserSizeReport } from './browser';
import type { BundleReport } from './bundle';
import { median } from './stats';
import { count, kB, MB, ms, type Row } from './table';

const LIST_TARGET = { median: 15, p95: 40 };
const AGGREGATES_TARGET = 150;
const FIRST_ROW_TARGET = 1_500;
const FILTER_TARGET = 200;
const HEAP_TARGET = 250_000_000;
const ADJUDICATION_TARGET = 1_000_000;

/** Rows of the adjudication section. */
export function adjudicationRows(r: AdjudicationReport): Row[] {
  const mix = Object.entries(r.decisions)
    .map(([decision, share]) => `${decision} ${Math.round(share * 100)}%`)
    .join(', ');
  return [
    {
      section: 'adjudication',
      what: `adjudicate: decisions/s, one core (${count(r.inputs)} inputs: ${mix}; median of ${r.rounds} rounds)`,
      figure: `${count(r.rate)}/s wall; ${count(r.cpuRate)}/s of CPU time`,
      reference: `read-only loop ${count(r.readRate)}/s wall, ${count(r.readCpuRate)}/s of CPU; adjudicate is ${(r.readCpuRate / r.cpuRate).toFixed(1)}× slower (CPU time)`,
      target: '≥ 1,000,000/s',
      holds: r.cpuRate >= ADJUDICATION_TARGET,
    },
  ];
}

const timed = (c: ApiCase) => `${ms(c.timing.median)} / p95 ${ms(c.timing.p95)} (${c.timing.runs} runs)`;
const reference = (c: ApiCase) => `${c.reference.what}: ${ms(c.reference.timing.median)}`;

/** Rows of the mocked-API section. */
export function apiRows(r: ApiReport): Row[] {
  const seeded = `${count(r.size)} claims (seed ${r.seedCached ? 'read from cache' : 'generated'} in ${ms(r.seedMs)}, indexed in ${ms(r.loadMs)})`;
  return [
    { section: 'api', what: `data: ${seeded}`, figure: '', reference: '', target: '' },
    ...r.list.map((c) => ({
      section: 'api',
      what: `${c.what} [${c.note}]`,
      figure: timed(c),
      reference: reference(c),
      target: `≤ ${LIST_TARGET.median} ms / p95 ≤ ${LIST_TARGET.p95} ms`,
      holds: c.timing.median <= LIST_TARGET.median && c.timing.p95 <= LIST_TARGET.p95,
    })),
    { section: 'api', what: `${r.getMany.what} [${r.getMany.note}]`, figure: timed(r.getMany), reference: reference(r.getMany), target: '' },
    ...[r.aggregates.newQuery, r.aggregates.afterWrite].map((c) => ({
      section: 'api',
      what: `${c.what} [${c.note}]`,
      figure: timed(c),
      reference: reference(c),
      target: `≤ ${AGGREGATES_TARGET} ms`,
      holds: c.timing.median <= AGGREGATES_TARGET,
    })),
  ];
}

/** Rows of the bundle section. */
export function bundleRows(r: BundleReport, budget: number): Row[] {
  const largest = r.initial
    .slice(0, 3)
    .map((c) => `${c.file.replace(/^assets\//, '')} ${kB(c.gzip)}`)
    .join(', ');
  const lazy = r.lazy
    .slice(0, 3)
    .map((c) => `${c.file.replace(/^assets\//, '').replace(/-[\w-]{8}\.js$/, '')} ${kB(c.gzip)}`)
    .join(', ');
  return [
    {
      section: 'bundle',
      what: `initial JS of the claims list, gzip (${r.initial.length} chunks; largest ${largest})`,
      figure: kB(r.initialGzip),
      reference: `all JS ${kB(r.totalGzip)}; lazy: ${lazy}`,
      target: `≤ ${kB(budget)}`,
      holds: r.initialGzip <= budget,
    },
    {
      section: 'bundle',
      what: 'MSW or recharts code in the initial chunks',
      figure: r.forbidden.length === 0 ? 'none' : r.forbidden.join('; '),
      reference: '',
      target: 'none',
      holds: r.forbidden.length === 0,
    },
  ];
}

const runs = (values: readonly number[]) => `${ms(median(values))} (median of ${values.length}: ${values.map((v) => Math.round(v)).join(', ')})`;

/** Rows of the browser section: the largest size measured, the smallest as its reference. */
export function browserRows(r: BrowserReport): Row[] {
  const sorted = [...r.sizes].sort((a, b) => a.size - b.size);
  const big = sorted[sorted.length - 1];
  const small = sorted[0];
  if (!big || !small) return [];
  const at = (s: BrowserSizeReport) => `at ${count(s.size)} claims`;
  const seeded = big.seedMs === undefined ? 'unknown' : `${ms(big.seedMs)}${big.seededAt ? ` (profile seeded ${big.seededAt.slice(0, 10)}, reused)` : ''}`;
  const language = (s: BrowserSizeReport) => {
    const settled = median(s.language.map((l) => l.settledMs));
    const requests = median(s.language.map((l) => l.requests));
    const longest = Math.max(...s.language.map((l) => l.longestTaskMs));
    return `${ms(settled)} (${s.language.length} switches; ${requests} requests each; longest task ${ms(longest)})`;
  };
  return [
    { section: 'browser', what: `seeding ${count(big.size)} claims in the tab and saving them (IndexedDB), once`, figure: seeded, reference: small.seedMs === undefined ? '' : `${ms(small.seedMs)} ${at(small)}`, target: '' },
    {
      section: 'browser',
      what: `navigation → first claim row ${at(big)} (of which the mock's start: read back + index ${ms(median(big.mockStart))})`,
      figure: runs(big.firstRow),
      reference: `${ms(median(small.firstRow))} ${at(small)}`,
      target: `≤ ${ms(FIRST_ROW_TARGET)}`,
      holds: median(big.firstRow) <= FIRST_ROW_TARGET,
    },
    {
      section: 'browser',
      what: `quick filter (aside) → updated rows ${at(big)}`,
      figure: runs(big.filter),
      reference: `${ms(median(small.filter))} ${at(small)}`,
      target: `≤ ${ms(FILTER_TARGET)}`,
      holds: median(big.filter) <= FILTER_TARGET,
    },
    {
      section: 'memory',
      what: `the tab's JS heap after a full GC ${at(big)}`,
      figure: MB(big.heapBytes),
      reference: `${MB(small.heapBytes)} ${at(small)}`,
      target: `≤ ${MB(HEAP_TARGET)}`,
      holds: big.heapBytes <= HEAP_TARGET,
    },
    { section: 'browser', what: `language switch → every request answered ${at(big)}`, figure: language(big), reference: `${language(small)} ${at(small)}`, target: '' },
  ];
}
