/** The API's base URL: `VITE_API_URL` when set at build time, else `/api` (the mock, or a proxy). */
export const apiUrl: string = import.meta.env.VITE_API_URL ?? '/api';

/**
 * `url` as the browser must load it from the API: a server-relative url the API answered
 * (`/api/files/<id>`) resolved against the origin of `base` when `base` is absolute
 * (`https://api.example.jp/api` → `https://api.example.jp/api/files/<id>`), so a build for a real
 * API asks the API, not the static server the app came from. Unchanged when `base` is relative
 * (same origin: the mock or a proxy) or `url` is already absolute.
 */
export function resolveApiUrl(url: string, base: string = apiUrl): string {
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(base)) return url;
  try {
    return new URL(url, base).href;
  } catch {
    return url;
  }
}
