/**
 * Timing helpers shared by the benchmark sections: percentiles of samples in milliseconds, and a
 * measure loop (warm-up, then timed runs). Wall-clock time (`performance.now()`); nothing here
 * asserts a figure.
 */

/** Median and 95th percentile (nearest rank) of `samples`, in the samples' unit. NaN when empty. */
export function percentiles(samples: readonly number[]): { median: number; p95: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN;
  return { median: at(0.5), p95: at(0.95) };
}

/** Median and p95 of timed runs, in milliseconds, with the sample count. */
export interface Timing {
  median: number;
  p95: number;
  runs: number;
}

/**
 * Runs `run` `warmUp` times untimed, then `runs` times timed one by one; returns the median and p95
 * in milliseconds. Rejects with the first error `run` throws.
 */
export async function time(run: () => unknown, runs: number, warmUp = Math.max(3, Math.floor(runs / 10))): Promise<Timing> {
  for (let i = 0; i < warmUp; i += 1) await run();
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    await run();
    samples.push(performance.now() - started);
  }
  return { ...percentiles(samples), runs };
}

/** The median of `values` (NaN when empty). */
export function median(values: readonly number[]): number {
  return percentiles(values).median;
}
