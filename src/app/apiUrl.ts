/** The API's base URL: `VITE_API_URL` when set at build time, else `/api` (the mock, or a proxy). */
export const apiUrl: string = import.meta.env.VITE_API_URL ?? '/api';
