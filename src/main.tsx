import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { startMockBackend } from './app/mockMode';

/** Starts the mocked backend (mock mode only), then renders the app: never before the worker is ready. */
async function bootstrap(): Promise<void> {
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  if (!import.meta.env.VITE_API_URL) await startMockBackend();
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void bootstrap();
