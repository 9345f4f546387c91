/**
 * The mock backend's control endpoints (`/api/_mock/*`) as the panel calls them: plain HTTP, no
 * token (src/ never imports mocks/; these schemas mirror mocks/devtools/settings.ts and
 * mocks/controls.ts, and parse what the server answers).
 */
import { z } from 'zod';
import { userSchema } from '../../domain/records';
import { apiUrl } from '../apiUrl';

/** The largest size the panel offers, in claims (mocks/devtools/settings.ts's MAX_MOCK_SIZE). */
export const MAX_MOCK_SIZE = 100_000;

/** `{ latencyMs, failureRate, seed, size }`. */
export const mockSettingsSchema = z.object({
  latencyMs: z.number().int().min(0),
  failureRate: z.number().min(0).max(1),
  seed: z.number().int().min(0),
  size: z.number().int().min(1).max(MAX_MOCK_SIZE),
});
/** The mock backend's settings. */
export type MockSettings = z.infer<typeof mockSettingsSchema>;

/** `GET /api/_mock/status`: where the data came from and where it is kept. */
export const mockStatusSchema = z.object({
  persistence: z.enum(['indexeddb', 'memory']),
  data: z.object({ seed: z.number(), size: z.number(), generatedAt: z.string() }),
  counts: z.record(z.string(), z.number()),
  settings: mockSettingsSchema,
});
/** The mock backend's status. */
export type MockStatus = z.infer<typeof mockStatusSchema>;

/** `GET /api/_mock/users`: the demo users, all with one password. */
export const mockUsersSchema = z.object({ password: z.string(), users: z.array(userSchema) });
/** The demo users. */
export type MockUsers = z.infer<typeof mockUsersSchema>;

/** An answer other than 2xx: the server's `message`. */
export class MockControlError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'MockControlError';
  }
}

async function call<T>(schema: z.ZodType<T>, path: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(`${apiUrl}/_mock/${path}`, {
    ...init,
    headers: init.body === undefined ? {} : { 'Content-Type': 'application/json' },
  });
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const message = typeof body === 'object' && body !== null && 'message' in body ? String(body.message) : `HTTP ${response.status}`;
    throw new MockControlError(response.status, message);
  }
  return schema.parse(body);
}

/** The control endpoints. */
export const mockControlsApi = {
  status: () => call(mockStatusSchema, 'status'),
  users: () => call(mockUsersSchema, 'users'),
  updateSettings: (patch: Partial<MockSettings>) => call(mockSettingsSchema, 'settings', { method: 'PUT', body: JSON.stringify(patch) }),
  /** Re-seeds; with `seed`/`size`, those become the settings first. */
  reset: (body: Partial<Pick<MockSettings, 'seed' | 'size'>> = {}) => call(mockStatusSchema, 'reset', { method: 'POST', body: JSON.stringify(body) }),
};
