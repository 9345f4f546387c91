/**
 * The mocked API as a real HTTP server (for curl, scripts, or a UI built with `VITE_API_URL`):
 * each request becomes a Fetch `Request` answered by msw's `getResponse` with the shared handler set.
 * No handler → 404 JSON. Every answer carries CORS headers; OPTIONS answers 204.
 *
 * Run: `npm run mock:server` (port from PORT or MOCK_PORT, default 8787; seed from MOCK_SEED, size
 * in claims from MOCK_SIZE). The mock controls (`/api/_mock/*`) and `/api/openapi.json` are served too.
 * Try: `curl -s 127.0.0.1:8787/api/claims/c-0001`.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { getResponse } from 'msw';
import { reseedMockDb } from './devtools/runtime';
import { getMockSettings, mockSettingsPatchSchema, updateMockSettings, type MockSettingsPatch } from './devtools/settings';
import { handlers } from './handlers';

/** Where to listen; port 0 picks a free one. */
export interface MockServerOptions {
  port?: number;
  host?: string;
}

/** A listening mock server: its base URL (`http://127.0.0.1:8787`, without `/api`) and how to stop it. */
export interface RunningMockServer {
  url: string;
  close(): Promise<void>;
}

/** The CORS headers added to every answer. */
export const CORS_HEADERS: Readonly<Record<string, string>> = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
  'Access-Control-Allow-Headers': 'Content-Type, Authorization, Idempotency-Key, Range',
  'Access-Control-Expose-Headers': 'Content-Range',
  'Access-Control-Max-Age': '600',
};

const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'upgrade', 'proxy-connection']);

async function readBody(incoming: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of incoming) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}

async function toFetchRequest(incoming: IncomingMessage, origin: string): Promise<Request> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (value === undefined || HOP_BY_HOP.has(name)) continue;
    headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  const method = incoming.method ?? 'GET';
  const body = method === 'GET' || method === 'HEAD' ? undefined : await readBody(incoming);
  return new Request(new URL(incoming.url ?? '/', origin), { method, headers, body: body && body.length > 0 ? new Uint8Array(body) : undefined });
}

async function answer(incoming: IncomingMessage, outgoing: ServerResponse, origin: string): Promise<void> {
  let response: Response;
  if (incoming.method === 'OPTIONS') {
    response = new Response(null, { status: 204 });
  } else {
    try {
      const request = await toFetchRequest(incoming, origin);
      response = (await getResponse(handlers, request)) ?? Response.json({ message: `No handler for ${request.method} ${new URL(request.url).pathname}` }, { status: 404 });
    } catch (error) {
      response = Response.json({ message: `Mock server error: ${error instanceof Error ? error.message : String(error)}` }, { status: 500 });
    }
  }
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  for (const [name, value] of Object.entries(CORS_HEADERS)) headers[name.toLowerCase()] = value;
  outgoing.writeHead(response.status, headers);
  outgoing.end(Buffer.from(await response.arrayBuffer()));
}

/**
 * Starts the server on `host` (default 127.0.0.1) and `port` (default 8787; 0 = any free port).
 * Resolves once listening; rejects when the port cannot be bound.
 */
export function startMockServer({ port = 8787, host = '127.0.0.1' }: MockServerOptions = {}): Promise<RunningMockServer> {
  const server = createServer((incoming, outgoing) => {
    const address = server.address() as AddressInfo;
    void answer(incoming, outgoing, `http://${host}:${address.port}`);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const { port: actualPort } = server.address() as AddressInfo;
      const hostInUrl = host.includes(':') ? `[${host}]` : host;
      resolve({
        url: `http://${hostInUrl}:${actualPort}`,
        close: () =>
          new Promise<void>((done, fail) => {
            server.closeAllConnections();
            server.close((error) => (error ? fail(error) : done()));
          }),
      });
    });
  });
}

function isMainModule(): boolean {
  const entry = process.argv[1];
  if (!entry) return false;
  try {
    return import.meta.url === pathToFileURL(realpathSync(entry)).href;
  } catch {
    return false;
  }
}

/** MOCK_SEED / MOCK_SIZE from the environment as settings (throws ZodError when invalid). */
function settingsFromEnv(env: NodeJS.ProcessEnv): MockSettingsPatch {
  const patch: MockSettingsPatch = {};
  if (env.MOCK_SEED !== undefined) patch.seed = Number(env.MOCK_SEED);
  if (env.MOCK_SIZE !== undefined) patch.size = Number(env.MOCK_SIZE);
  return mockSettingsPatchSchema.parse(patch);
}

async function main(): Promise<void> {
  const port = Number(process.env.PORT ?? process.env.MOCK_PORT ?? 8787);
  updateMockSettings(settingsFromEnv(process.env));
  const db = await reseedMockDb();
  const { seed, size } = getMockSettings();
  const { url } = await startMockServer({ port });
  console.log(`Mock API listening on ${url}/api (seed ${seed}, size ${size}, today ${db.clock.today()} JST, ${db.claims.size} claims)`);
  console.log(`  try: curl -s ${url}/api/openapi.json | head -c 300`);
  console.log(`  sign in: curl -s -X POST -H 'content-type: application/json' -d '{"username":"sato","password":"demo"}' ${url}/api/auth/login`);
  console.log(`  controls: ${url}/api/_mock/settings, POST ${url}/api/_mock/reset`);
}

if (isMainModule()) {
  main().catch((error: unknown) => {
    console.error('Mock API could not start:', error);
    process.exitCode = 1;
  });
}
