/**
 * The API's error convention: a JSON body `{ message, ...details }` with an HTTP status.
 * Malformed queries and bodies answer 400 `{ message, errors: { field: message } }`; a handler
 * throws {@link HttpError} and {@link respond} turns it into the response, so no bad input becomes a 500.
 */
import { HttpResponse } from 'msw';
import { ZodError } from 'zod';
import { jsonDepth, MAX_JSON_BODY_BYTES, MAX_JSON_DEPTH, readBodyText, unsupportedJsonContentType } from './limits';
import { LONE_SURROGATE_MESSAGE, loneSurrogatePaths } from './wellFormed';

/** An error the API answers with `status` and the JSON body `{ message, ...details }`. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

/** Field errors of a ZodError: `{ "device.imei": "…", "range": "…" }`, keyed by dotted path under `prefix`. */
export function fieldErrors(error: ZodError, prefix?: string): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = [prefix, ...issue.path.map(String)].filter((p) => p !== undefined && p !== '').join('.');
    const key = path === '' ? 'body' : path;
    errors[key] ??= issue.message;
  }
  return errors;
}

/** A 400 with field errors. */
export function badRequest(message: string, errors: Record<string, string>): HttpError {
  return new HttpError(400, message, { errors });
}

/** A 404 `{ message }` for `resource` `id`. */
export function notFound(resource: string, id: string): HttpError {
  return new HttpError(404, `${resource} ${id} not found`);
}

/** A 403 `{ message, code }`: the signed-in user may not do this. */
export function forbidden(message: string, code = 'FORBIDDEN', details: Record<string, unknown> = {}): HttpError {
  return new HttpError(403, message, { code, ...details });
}

/** The JSON response of an error. */
export function errorResponse(status: number, message: string, details: Record<string, unknown> = {}): Response {
  return HttpResponse.json({ message, ...details }, { status });
}

/** A handler's outcome as plain data: what idempotency stores and replays. */
export interface ApiResult {
  status: number;
  body: unknown;
}

/**
 * Runs a synchronous handler step and captures its outcome: HttpError → its status and
 * `{ message, ...details }`; ZodError (an invalid record reaching the database) → 400 with field
 * errors. Any other exception is a bug and is rethrown (it becomes a 500 in {@link respond}).
 */
export function resultOf(run: () => ApiResult): ApiResult {
  try {
    return run();
  } catch (error) {
    if (error instanceof HttpError) return { status: error.status, body: { message: error.message, ...error.details } };
    if (error instanceof ZodError) return { status: 400, body: { message: 'Invalid record', errors: fieldErrors(error) } };
    throw error;
  }
}

/** The JSON response of a result. */
export function toResponse(result: ApiResult, headers: Record<string, string> = {}): Response {
  return new HttpResponse(JSON.stringify(result.body), { status: result.status, headers: { 'Content-Type': 'application/json', ...headers } });
}

/**
 * Runs a handler body: HttpError → its status and body; ZodError (an invalid record reaching the
 * database) → 400 with field errors; anything else is a bug → 500 `{ message }` (a user's mistake
 * never gets here: every input is parsed with zod first).
 */
export async function respond(run: () => Response | Promise<Response>): Promise<Response> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof HttpError) return errorResponse(error.status, error.message, error.details);
    if (error instanceof ZodError) return errorResponse(400, 'Invalid record', { errors: fieldErrors(error) });
    const message = error instanceof Error ? error.message : String(error);
    return errorResponse(500, `Mock backend error: ${message}`);
  }
}

/**
 * The text of a JSON endpoint's body: 415 when the request declares a `Content-Type` that is not
 * JSON, 413 past the JSON limit (1 MiB) whatever the `Content-Type` (mocks/http/limits.ts).
 */
async function readJsonText(request: Request): Promise<string> {
  const unsupported = unsupportedJsonContentType(request.headers);
  if (unsupported) {
    request.body?.cancel().catch(() => undefined);
    throw unsupported;
  }
  return readBodyText(request, MAX_JSON_BODY_BYTES);
}

/**
 * The request's JSON body, read at most up to the JSON body limit (mocks/http/limits.ts: 413
 * beyond it; 415 for a `Content-Type` that is not JSON). Throws a 400 HttpError when it is empty or
 * not JSON, holds a string with a lone surrogate (`errors: { <path>: … }`), or (with `objectOnly`,
 * the default) is not a JSON object.
 */
export async function readJsonBody(request: Request, objectOnly = true): Promise<unknown> {
  return parseJsonText(await readJsonText(request), objectOnly);
}

function parseJsonText(raw: string, objectOnly: boolean): unknown {
  if (raw.trim() === '') throw badRequest('A JSON body is required', { body: 'Expected a JSON body' });
  if (jsonDepth(raw) > MAX_JSON_DEPTH) throw badRequest('The JSON body is nested too deeply', { body: `At most ${MAX_JSON_DEPTH} levels of arrays and objects` });
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    throw badRequest('Malformed JSON body', { body: 'Not valid JSON' });
  }
  if (objectOnly && (typeof body !== 'object' || body === null || Array.isArray(body))) {
    throw badRequest('The body must be a JSON object', { body: 'Expected a JSON object' });
  }
  const invalid = loneSurrogatePaths(body);
  if (invalid.length > 0) {
    throw badRequest('The JSON body holds an invalid character', Object.fromEntries(invalid.map((path) => [path, LONE_SURROGATE_MESSAGE])));
  }
  return body;
}

/** The request's JSON object body, or `{}` when the body is empty. Throws like {@link readJsonBody}. */
export async function readOptionalJsonBody(request: Request): Promise<unknown> {
  const raw = await readJsonText(request);
  return raw.trim() === '' ? {} : parseJsonText(raw, true);
}
