/**
 * Builds the app in mock mode (no VITE_API_URL: the service worker serves /api) and serves the
 * build on 127.0.0.1 with `vite preview`; tests read the address with `inject('baseUrl')`.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, preview } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const outDir = mkdtempSync(join(tmpdir(), 'claims-e2e-build-'));
  delete process.env.VITE_API_URL;
  await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const server = await preview({ logLevel: 'warn', build: { outDir }, preview: { host: '127.0.0.1', port: 0, strictPort: false } });
  const address = server.resolvedUrls?.local[0];
  if (!address) throw new Error('vite preview did not report its address');
  project.provide('baseUrl', address.replace(/\/$/, ''));
  return async () => {
    await server.close();
  };
}
