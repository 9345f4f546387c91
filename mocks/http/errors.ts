/**
 * The API's error convention: a JSON body `{ message, ...details }` with an HTTP status.
 * Malformed queries and bodies answer 400 `{ message, errors: { field: message } }`; a handler
 * throws {@link HttpError} and {@link respond} turns it into the response, so no bad input becomes a 500.
 */
import { HttpResponse } from 'msw';
import { ZodError } from 'zod';

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

/** The JSON response of an error. */
export function errorResponse(status: number, message: string, details: Record<string, unknown> = {}): Response {
  return HttpResponse.json({ message, ...details }, { status });
}

/**
 * Runs a handler body: HttpError → its status and body; ZodError (an invalid record reaching the
 * database) → 400 with field errors; anything else → 500 `{ message }`.
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
 * The request's JSON body. Throws a 400 HttpError when it is empty or not JSON, or (with
 * `objectOnly`, the default) not a JSON object.
 */
export async function readJsonBody(request: Request, objectOnly = true): Promise<unknown> {
  const raw = await request.text();
  if (raw.trim() === '') throw badRequest('A JSON body is required', { body: 'Expected a JSON body' });
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    throw badRequest('Malformed JSON body', { body: 'Not valid JSON' });
  }
  if (objectOnly && (typeof body !== 'object' || body === null || Array.isArray(body))) {
    throw badRequest('The body must be a JSON object', { body: 'Expected a JSON object' });
  }
  return body;
}
