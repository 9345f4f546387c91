import { afterEach, describe, expect, it } from 'vitest';
import {
  attachSettingsStore,
  DEFAULT_MOCK_SETTINGS,
  getMockSettings,
  resetMockSettings,
  updateMockSettings,
  webStorageSettingsStore,
} from './settings';

/** A Storage over a Map (Node has no localStorage). */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  };
}

afterEach(() => resetMockSettings());

describe('mock settings', () => {
  it('start at the defaults and survive a "reload" through the store', () => {
    const storage = memoryStorage();
    expect(attachSettingsStore(webStorageSettingsStore(storage))).toEqual(DEFAULT_MOCK_SETTINGS);
    updateMockSettings({ latencyMs: 300, seed: 9 });
    resetMockSettings();
    expect(getMockSettings()).toEqual(DEFAULT_MOCK_SETTINGS);
    expect(attachSettingsStore(webStorageSettingsStore(storage))).toEqual({ ...DEFAULT_MOCK_SETTINGS, latencyMs: 300, seed: 9 });
  });

  it('keep the valid fields of saved settings and default the others', () => {
    const storage = memoryStorage();
    storage.setItem('bm-claims.mock-settings', JSON.stringify({ latencyMs: 50, failureRate: 7, seed: 'x', extra: true }));
    expect(attachSettingsStore(webStorageSettingsStore(storage))).toEqual({ ...DEFAULT_MOCK_SETTINGS, latencyMs: 50 });
  });

  it('ignore saved settings that are not JSON', () => {
    const storage = memoryStorage();
    storage.setItem('bm-claims.mock-settings', '{');
    expect(attachSettingsStore(webStorageSettingsStore(storage))).toEqual(DEFAULT_MOCK_SETTINGS);
  });

  it('refuse an invalid update and keep the current settings', () => {
    expect(() => updateMockSettings({ failureRate: 2 })).toThrow();
    expect(getMockSettings()).toEqual(DEFAULT_MOCK_SETTINGS);
  });
});
