import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { startMockBackend } from './app/mockMode';

/**
 * Starts the mocked backend when this build uses the in-tab worker (src/app/mockMode.ts decides),
 * then renders the app: never before the worker intercepts `/api` (its saved data may still be
 * loading: requests wait for them, the app's shell does not).
 */
async function bootstrap(): Promise<void> {
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  await startMockBackend();
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void bootstrap();
