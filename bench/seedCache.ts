/**
 * The 100,000-claim seed for the Node benchmark, kept between runs: generating it takes one to two
 * minutes on this machine, reading it back a few seconds. The cache file (v8 serialisation of
 * `createSeedData`'s output) lives in node_modules/.cache/claims-bench/ and is keyed by a hash of
 * every source file under mocks/ and src/domain/ plus the seed options, so any change to the seed
 * or the records regenerates it. `BENCH_SEED_CACHE=0` disables it.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import type { DbData } from '../mocks/db';
import { createSeedData } from '../mocks/seed';

const root = fileURLToPath(new URL('..', import.meta.url));
/** Where the benchmark keeps its caches (the seed, the browser profile). */
export const CACHE_DIR = join(root, 'node_modules', '.cache', 'claims-bench');

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return sourcesUnder(path);
      return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
    });
}

/** A hash of the seed's inputs: the sources of mocks/ and src/domain/ and `options`. */
export function seedKey(options: object): string {
  const hash = createHash('sha256').update(JSON.stringify(options));
  for (const file of [...sourcesUnder(join(root, 'mocks')), ...sourcesUnder(join(root, 'src', 'domain'))]) hash.update(file).update(readFileSync(file));
  return hash.digest('hex').slice(0, 16);
}

/** The seed data for `options`, from the cache when it holds them, else generated (and cached). */
export function cachedSeedData(options: { seed: number; referenceDate: string; size: number }): { data: DbData; ms: number; cached: boolean } {
  const started = performance.now();
  const useCache = process.env.BENCH_SEED_CACHE !== '0';
  const file = join(CACHE_DIR, `seed-${options.size}-${seedKey(options)}.v8`);
  if (useCache && existsSync(file)) {
    return { data: deserialize(readFileSync(file)) as DbData, ms: performance.now() - started, cached: true };
  }
  const data = createSeedData(options);
  const ms = performance.now() - started;
  if (useCache) {
    mkdirSync(CACHE_DIR, { recursive: true });
    for (const old of readdirSync(CACHE_DIR).filter((name) => name.startsWith(`seed-${options.size}-`))) rmSync(join(CACHE_DIR, old), { force: true });
    writeFileSync(file, serialize(data));
  }
  return { data, ms, cached: false };
}
