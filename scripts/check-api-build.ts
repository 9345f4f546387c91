/**
 * Checks that a production build for a real API (VITE_API_URL set at build time) ships no mock:
 * no public/mockServiceWorker.js, and no MSW or mock-backend code in any emitted file.
 * Builds into a temporary directory (about 5 s) and removes it afterwards.
 *
 * Run: `npx tsx scripts/check-api-build.ts` (npm run check:api-build). Exits 1 on a failure.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Strings only MSW, the mock backend or the mock-controls panel put in a bundle (case-sensitive). */
export const MOCK_MARKERS = ['msw', 'setupWorker', 'mockServiceWorker', '[MSW]', 'Mock backend error', 'Injected failure', 'MockControlError'];

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

async function main(): Promise<void> {
  const outDir = mkdtempSync(join(tmpdir(), 'claims-api-build-'));
  process.env.VITE_API_URL = 'https://claims.example/api';
  delete process.env.VITE_API_PROXY;
  const failures: string[] = [];
  let passed = 0;
  const check = (ok: boolean, what: string) => (ok ? (passed += 1) : failures.push(what));
  try {
    await build({ root, configFile: join(root, 'vite.config.ts'), logLevel: 'warn', build: { outDir, emptyOutDir: true } });
    const files = filesUnder(outDir);
    check(files.some((f) => f.endsWith('index.html')), 'the build has an index.html');
    check(!files.some((f) => f.endsWith('mockServiceWorker.js')), 'no mockServiceWorker.js in the build');
    for (const file of files.filter((f) => /\.(js|mjs|html|css)$/.test(f))) {
      const text = readFileSync(file, 'utf8');
      for (const marker of MOCK_MARKERS) {
        const at = text.indexOf(marker);
        check(at < 0, `${relative(outDir, file)} contains "${marker}": …${text.slice(Math.max(0, at - 60), at + 60)}…`);
      }
    }
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
  for (const failure of failures) console.error(`FAIL ${failure}`);
  console.log(`api build: ${passed} passed, ${failures.length} failed`);
  if (failures.length > 0) process.exitCode = 1;
}

await main();
