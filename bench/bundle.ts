/**
 * Bundle figure (issue 6, item 3): builds the app for a real API (VITE_API_URL set, so no MSW and no
 * mock panel, see src/app/mockMode.ts and vite.config.ts) into a temporary directory, and measures
 * the initial JS of the claims list: the entry chunk and every chunk it imports statically (Vite's
 * `build.manifest`), plus, were the claims list split off, its chunk's static closure. Sizes are
 * gzip (zlib default level) in bytes. The initial chunks must carry no MSW and no recharts code
 * (searched by marker strings). Used by bench/run.ts and scripts/check-bundle-budget.ts.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'vite';
import { z } from 'zod';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The budget of the claims list's initial JS, gzip bytes (issue 6: ≤ 350 kB). */
export const INITIAL_JS_BUDGET = 350_000;

/** The module whose page the initial JS is measured for. */
const CLAIMS_LIST_MODULE = 'src/resources/claims/ClaimList.tsx';

/** Strings only MSW or the mock backend put in a bundle (case-sensitive). */
export const MSW_MARKERS = ['setupWorker', 'mockServiceWorker', '[MSW]', 'msw/browser', 'Mock backend error'];
/** Strings only recharts puts in a bundle (its CSS class names). */
export const RECHARTS_MARKERS = ['recharts-wrapper', 'recharts-surface', 'recharts-legend', 'recharts-tooltip'];

const manifestSchema = z.record(
  z.string(),
  z.object({
    file: z.string(),
    src: z.string().optional(),
    isEntry: z.boolean().optional(),
    imports: z.array(z.string()).optional(),
    dynamicImports: z.array(z.string()).optional(),
  }),
);
type Manifest = z.infer<typeof manifestSchema>;

/** One emitted JS chunk: its file, gzip size and the bytes each package or source folder renders into it. */
export interface ChunkInfo {
  file: string;
  bytes: number;
  gzip: number;
  initial: boolean;
  /** Rendered (minified, not gzipped) bytes by origin: an npm package name or a src/ folder. */
  origins: Record<string, number>;
}

/** The outcome of {@link measureBundle}. */
export interface BundleReport {
  /** gzip bytes of the initial JS of the claims list. */
  initialGzip: number;
  /** gzip bytes of every JS chunk of the build. */
  totalGzip: number;
  /** The initial chunks, largest first. */
  initial: ChunkInfo[];
  /** The lazy chunks, largest first. */
  lazy: ChunkInfo[];
  /** "marker in file" for every MSW or recharts marker found in an initial chunk (empty when clean). */
  forbidden: string[];
  /** Wall time of the build, ms. */
  buildMs: number;
}

/** `node_modules/@scope/pkg/…` → `@scope/pkg`, `src/resources/claims/x.tsx` → `src/resources/claims`. */
function originOf(id: string): string {
  const clean = id.replace(/^\0/, '').replace(/\?.*$/, '');
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(clean);
  if (pkg?.[1]) return pkg[1];
  const rel = clean.startsWith(root) ? clean.slice(root.length) : clean;
  return rel.split('/').slice(0, rel.startsWith('src/') ? 3 : 1).join('/');
}

/** Rollup plugin recording, per emitted chunk, the rendered bytes of each origin and its module ids. */
function recordModules(into: Map<string, { origins: Record<string, number>; modules: string[] }>): Plugin {
  return {
    name: 'bench:record-modules',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        const origins: Record<string, number> = {};
        for (const [id, info] of Object.entries(output.modules)) origins[originOf(id)] = (origins[originOf(id)] ?? 0) + info.renderedLength;
        into.set(output.fileName, { origins, modules: Object.keys(output.modules).map((id) => id.replace(/\?.*$/, '')) });
      }
    },
  };
}

/** Files of `key` and everything it imports statically, transitively. */
function staticClosure(manifest: Manifest, key: string, into = new Set<string>()): Set<string> {
  const entry = manifest[key];
  if (!entry || into.has(entry.file)) return into;
  into.add(entry.file);
  for (const dep of entry.imports ?? []) staticClosure(manifest, dep, into);
  return into;
}

/**
 * Builds for a real API into a temporary directory (removed afterwards) and measures the initial
 * JS of the claims list. Throws when the build fails or its manifest has no entry.
 */
export async function measureBundle(): Promise<BundleReport> {
  const outDir = mkdtempSync(join(tmpdir(), 'claims-bundle-'));
  const saved = { url: process.env.VITE_API_URL, proxy: process.env.VITE_API_PROXY };
  process.env.VITE_API_URL = 'https://claims.example/api';
  delete process.env.VITE_API_PROXY;
  const modules = new Map<string, { origins: Record<string, number>; modules: string[] }>();
  try {
    const started = performance.now();
    await build({
      root,
      configFile: join(root, 'vite.config.ts'),
      logLevel: 'warn',
      plugins: [recordModules(modules)],
      build: { outDir, emptyOutDir: true, manifest: true },
    });
    const buildMs = performance.now() - started;
    const manifest = manifestSchema.parse(JSON.parse(readFileSync(join(outDir, '.vite', 'manifest.json'), 'utf8')));
    const entryKey = Object.keys(manifest).find((key) => manifest[key]?.isEntry);
    if (!entryKey) throw new Error('the build manifest has no entry');
    const initialFiles = staticClosure(manifest, entryKey);
    // Were the claims list a lazy chunk, the page needs it (and its static imports) before its first row.
    const listChunk = [...modules].find(([, m]) => m.modules.some((id) => id.endsWith(CLAIMS_LIST_MODULE)))?.[0];
    const listKey = Object.keys(manifest).find((key) => manifest[key]?.file === listChunk);
    if (listKey) staticClosure(manifest, listKey, initialFiles);

    const chunks: ChunkInfo[] = [...modules].map(([file, m]) => {
      const content = readFileSync(join(outDir, file));
      return { file, bytes: content.length, gzip: gzipSync(content).length, initial: initialFiles.has(file), origins: m.origins };
    });
    const forbidden: string[] = [];
    for (const chunk of chunks.filter((c) => c.initial)) {
      const text = readFileSync(join(outDir, chunk.file), 'utf8');
      for (const marker of [...MSW_MARKERS, ...RECHARTS_MARKERS]) if (text.includes(marker)) forbidden.push(`"${marker}" in ${chunk.file}`);
    }
    const bySize = (a: ChunkInfo, b: ChunkInfo) => b.gzip - a.gzip;
    const initial = chunks.filter((c) => c.initial).sort(bySize);
    return {
      initialGzip: initial.reduce((sum, c) => sum + c.gzip, 0),
      totalGzip: chunks.reduce((sum, c) => sum + c.gzip, 0),
      initial,
      lazy: chunks.filter((c) => !c.initial).sort(bySize),
      forbidden,
      buildMs,
    };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
    if (saved.url === undefined) delete process.env.VITE_API_URL;
    else process.env.VITE_API_URL = saved.url;
    if (saved.proxy !== undefined) process.env.VITE_API_PROXY = saved.proxy;
  }
}

/**
 * The largest origins of `chunks`: [origin, rendered bytes, estimated gzip bytes]. The gzip share is
 * each chunk's gzip size split by the origins' rendered bytes in it (an estimate: gzip is not additive).
 */
export function topOrigins(chunks: readonly ChunkInfo[], limit = 12): [string, number, number][] {
  const total: Record<string, [number, number]> = {};
  for (const chunk of chunks) {
    const rendered = Object.values(chunk.origins).reduce((sum, bytes) => sum + bytes, 0) || 1;
    for (const [origin, bytes] of Object.entries(chunk.origins)) {
      const [raw, gzip] = total[origin] ?? [0, 0];
      total[origin] = [raw + bytes, gzip + (bytes / rendered) * chunk.gzip];
    }
  }
  return Object.entries(total)
    .map(([origin, [raw, gzip]]): [string, number, number] => [origin, raw, gzip])
    .sort((a, b) => b[2] - a[2])
    .slice(0, limit);
}
