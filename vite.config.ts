import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * Vite configuration for the claims back-office.
 * The dev server binds 127.0.0.1; the mocked REST backend runs in the browser's service worker
 * (see src/main.tsx), so no proxy is needed in mock mode.
 */
export default defineConfig({
  plugins: [react()],
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  preview: { host: '127.0.0.1', port: 4173 },
  build: { sourcemap: false, chunkSizeWarningLimit: 1500 },
});
