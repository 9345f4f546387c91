/**
 * The mocked API as a real HTTP server (for curl, scripts, or a UI built with `VITE_API_URL`):
 * each request becomes a Fetch `Request` answered by msw's `getResponse` with the shared handler set.
 * No handler → 404 JSON. Every answer carries CORS headers; OPTIONS answers 204.
 * Client mistakes answer 4xx before the handlers (mocks/http/limits.ts): a method it does not serve
 * (TRACE, CONNECT…) → 405 `{ message }` with `Allow`; malformed percent-encoding in the path → 400;
 * a body over the limit (1 MiB JSON, 10 MiB uploads) → 413 `{ message }` as soon as the declared
 * `Content-Length` or the bytes read exceed it, and the connection is closed (the rest is not kept).
 * HEAD answers GET's status and headers without a body.
 *
 * Run: `npm run mock:server` (port from PORT or MOCK_PORT, default 8787; seed from MOCK_SEED, size
 * in claims from MOCK_SIZE). The mock controls (`/api/_mock/*`) and `/api/openapi.json` are served too.
 * Try: `curl -s 127.0.0.1:8787/api/claims/c-0001`.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { getResponse } from 'msw';
import { reseedMockDb } from './devtools/runtime';
import { getMockSettings, mockSettingsPatchSchema, updateMockSettings, type MockSettingsPatch } from './devtools/settings';
import { handlers } from './handlers';
import type { HttpError } from './http/errors';
import { bodyTooLarge, declaredLengthOverLimit, isDecodablePath, malformedPath, maxBodyBytes, SERVED_METHODS } from './http/limits';

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

/** What reading a request body gave: its bytes, or that it went past `limit`. */
type BodyRead = { bytes: Buffer } | { tooLarge: true };

/**
 * Reads the request body up to `limit` bytes. Past the limit it stops keeping chunks and resolves
 * `tooLarge` at once; the rest is discarded as it arrives (the answer closes the connection).
 */
function readBody(incoming: IncomingMessage, limit: number): Promise<BodyRead> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer | string) => {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      size += buffer.length;
      if (size > limit) {
        incoming.off('data', onData);
        incoming.off('end', onEnd);
        incoming.resume(); // discard the rest
        resolve({ tooLarge: true });
        return;
      }
      chunks.push(buffer);
    };
    const onEnd = () => resolve({ bytes: Buffer.concat(chunks) });
    incoming.on('data', onData);
    incoming.once('end', onEnd);
    incoming.once('error', reject);
  });
}

/** The request as a Fetch Request, or the error answer when its body is over the limit. */
async function toFetchRequest(incoming: IncomingMessage, origin: string): Promise<Request | Response> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (value === undefined || HOP_BY_HOP.has(name)) continue;
    headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  const method = incoming.method ?? 'GET';
  const url = new URL(incoming.url ?? '/', origin);
  if (method === 'GET' || method === 'HEAD') return new Request(url, { method, headers });
  const limit = maxBodyBytes(headers.get('content-type'));
  if (declaredLengthOverLimit(headers)) return errorAnswer(bodyTooLarge(limit), { Connection: 'close' });
  const read = await readBody(incoming, limit);
  if ('tooLarge' in read) return errorAnswer(bodyTooLarge(limit), { Connection: 'close' });
  return new Request(url, { method, headers, body: read.bytes.length > 0 ? new Uint8Array(read.bytes) : undefined });
}

function errorAnswer(error: HttpError, headers: Record<string, string> = {}): Response {
  return Response.json({ message: error.message }, { status: error.status, headers });
}

const ALLOW = SERVED_METHODS.join(', ');

/** The answer to a request the handlers never see: an unserved method, a malformed path. Null otherwise. */
function refusal(incoming: IncomingMessage): Response | null {
  const method = incoming.method ?? 'GET';
  if (!(SERVED_METHODS as readonly string[]).includes(method)) {
    return Response.json({ message: `Method ${method} is not allowed: use one of ${ALLOW}` }, { status: 405, headers: { Allow: ALLOW, Connection: 'close' } });
  }
  const pathname = (incoming.url ?? '/').split('?')[0] ?? '/';
  if (!isDecodablePath(pathname)) return errorAnswer(malformedPath(pathname));
  return null;
}

async function answer(incoming: IncomingMessage, outgoing: ServerResponse, origin: string): Promise<void> {
  let response: Response;
  if (incoming.method === 'OPTIONS') {
    response = new Response(null, { status: 204 });
  } else {
    try {
      const request = refusal(incoming) ?? (await toFetchRequest(incoming, origin));
      response =
        request instanceof Response
          ? request
          : ((await getResponse(handlers, request)) ?? Response.json({ message: `No handler for ${request.method} ${new URL(request.url).pathname}` }, { status: 404 }));
    } catch (error) {
      response = Response.json({ message: `Mock server error: ${error instanceof Error ? error.message : String(error)}` }, { status: 500 });
    }
  }
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  for (const [name, value] of Object.entries(CORS_HEADERS)) headers[name.toLowerCase()] = value;
  const body = Buffer.from(await response.arrayBuffer());
  outgoing.writeHead(response.status, headers);
  outgoing.end(incoming.method === 'HEAD' ? undefined : body);
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
  // CONNECT never reaches the request listener: answer it 405 on the raw socket, then close.
  server.on('connect', (_request: IncomingMessage, socket: Duplex) => {
    const body = JSON.stringify({ message: `Method CONNECT is not allowed: use one of ${ALLOW}` });
    socket.end(`HTTP/1.1 405 Method Not Allowed\r\nAllow: ${ALLOW}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
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
