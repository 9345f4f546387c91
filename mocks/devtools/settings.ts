/**
 * The mock backend's developer settings (`/api/_mock/settings`): latency and failure injection for
 * every other `/api` request, and the seed number and size the next reset generates.
 * One set per process (or browser tab); the browser keeps it across reloads through a
 * {@link SettingsStore} (localStorage), Node keeps it in memory.
 */
import { z } from 'zod';
import { DEFAULT_SEED } from '../seed';
import { DEFAULT_SEED_SIZE, MAX_SEED_SIZE } from '../seed/sizes';

/** The largest data set a reset generates, in claims (the seed's limit). */
export const MAX_MOCK_SIZE: number = MAX_SEED_SIZE;

/** The size a reset generates unless told otherwise, in claims (about 1,500 claims, 2,000 policies). */
export const DEFAULT_MOCK_SIZE: number = DEFAULT_SEED_SIZE;

/** The settings as the API reads and answers them. */
export const mockSettingsSchema = z
  .object({
    /** Delay added to every other /api request, in milliseconds. */
    latencyMs: z.number().int().min(0).max(30_000),
    /** Share of other /api requests answered 503, from 0 to 1. */
    failureRate: z.number().min(0).max(1),
    /** Seed number of the data the next reset generates. */
    seed: z.number().int().min(0).max(2_147_483_647),
    /** Number of claims the next reset generates. */
    size: z.number().int().min(1).max(MAX_MOCK_SIZE),
  })
  .strict();
/** The mock backend's developer settings. */
export type MockSettings = z.infer<typeof mockSettingsSchema>;

/** A PUT body: any subset of the settings (the rest keep their values). */
export const mockSettingsPatchSchema = mockSettingsSchema.partial();
/** A partial update of the settings. */
export type MockSettingsPatch = z.infer<typeof mockSettingsPatchSchema>;

/** The settings of a fresh process: no latency, no failures, the default seed and size. */
export const DEFAULT_MOCK_SETTINGS: Readonly<MockSettings> = Object.freeze({
  latencyMs: 0,
  failureRate: 0,
  seed: DEFAULT_SEED,
  size: DEFAULT_MOCK_SIZE,
});

/** Where the settings survive a reload: localStorage in the browser, nothing in Node. */
export interface SettingsStore {
  /** The saved settings as stored (validated by the caller), or undefined. */
  load(): unknown;
  save(settings: MockSettings): void;
}

let current: MockSettings = { ...DEFAULT_MOCK_SETTINGS };
let store: SettingsStore | undefined;

/** The current settings (a copy). */
export function getMockSettings(): MockSettings {
  return { ...current };
}

/** Applies `patch` (already validated) over the current settings, saves them and returns the result. */
export function updateMockSettings(patch: MockSettingsPatch): MockSettings {
  current = mockSettingsSchema.parse({ ...current, ...patch });
  store?.save(current);
  return getMockSettings();
}

/**
 * Makes `settingsStore` the place settings are kept and loads what it holds; saved settings that
 * no longer validate are dropped field by field in favour of the defaults. Returns the settings.
 */
export function attachSettingsStore(settingsStore: SettingsStore | undefined): MockSettings {
  store = settingsStore;
  const saved = settingsStore?.load();
  const merged: MockSettings = { ...DEFAULT_MOCK_SETTINGS };
  if (typeof saved === 'object' && saved !== null) {
    const shape = mockSettingsSchema.shape;
    for (const key of Object.keys(shape) as (keyof MockSettings)[]) {
      const parsed = shape[key].safeParse((saved as Record<string, unknown>)[key]);
      if (parsed.success) merged[key] = parsed.data;
    }
  }
  current = merged;
  return getMockSettings();
}

/** Back to the defaults, forgetting the store (tests). */
export function resetMockSettings(): void {
  store = undefined;
  current = { ...DEFAULT_MOCK_SETTINGS };
}

/** A {@link SettingsStore} over `storage` (the browser's localStorage) under `key`. */
export function webStorageSettingsStore(storage: Storage, key = 'bm-claims.mock-settings'): SettingsStore {
  return {
    load() {
      try {
        const raw = storage.getItem(key);
        return raw === null ? undefined : (JSON.parse(raw) as unknown);
      } catch {
        return undefined;
      }
    },
    save(settings) {
      try {
        storage.setItem(key, JSON.stringify(settings));
      } catch {
        // Storage full or denied: the settings still apply to this tab.
      }
    },
  };
}
