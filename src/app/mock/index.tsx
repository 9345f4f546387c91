/**
 * Mock controls for the app bar: `<MockControls />` renders the button that opens the panel when
 * the app runs on the mocked backend (src/app/mockMode.ts's isMockBackend), and nothing for a real
 * API. The panel's code and its messages (app.mock.*) are loaded on first render only.
 */
import { lazy, Suspense } from 'react';
import { withMessages } from '../i18nProvider';

// Created only in mock mode (isMockBackend's rule, spelled out here so that the bundler sees a
// constant): a build for a real API then drops the panel's chunk altogether.
const MockControlsButton = import.meta.env.VITE_API_URL ? null : lazy(() => withMessages(['mock'], () => import('./MockControlsButton')));

/** The mock-controls button (mock mode only). */
export function MockControls() {
  if (!MockControlsButton) return null;
  return (
    <Suspense fallback={null}>
      <MockControlsButton />
    </Suspense>
  );
}

