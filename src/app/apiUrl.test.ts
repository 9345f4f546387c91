import { describe, expect, test } from 'vitest';
import { resolveApiUrl } from './apiUrl';

describe('resolveApiUrl', () => {
  test('sends a relative file url to the API origin when the API base is absolute', () => {
    expect(resolveApiUrl('/api/files/d-0002', 'https://api.example.jp/api')).toBe('https://api.example.jp/api/files/d-0002');
    expect(resolveApiUrl('/api/files/d-0002?x=1', 'http://127.0.0.1:8787/api')).toBe('http://127.0.0.1:8787/api/files/d-0002?x=1');
  });
  test('leaves the url alone when the API is on the same origin (a relative base)', () => {
    expect(resolveApiUrl('/api/files/d-0002', '/api')).toBe('/api/files/d-0002');
  });
  test('leaves an absolute url alone', () => {
    expect(resolveApiUrl('https://files.example.jp/d-0002', 'https://api.example.jp/api')).toBe('https://files.example.jp/d-0002');
  });
});
