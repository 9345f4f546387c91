import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import polyglotI18nProvider from 'ra-i18n-polyglot';
import { AdminContext, type AuthProvider } from 'react-admin';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { loadFullCatalog } from '../i18nProvider';
import { MockControlsPanel } from './MockControlsPanel';

const english = await loadFullCatalog('en');
const i18nProvider = polyglotI18nProvider(() => english, 'en');

const put = (path: string, body: unknown) => fetch(`/api/_mock/${path}`, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

function renderPanel(authProvider?: AuthProvider) {
  return render(
    <AdminContext i18nProvider={i18nProvider} authProvider={authProvider}>
      <MockControlsPanel onClose={() => undefined} />
    </AdminContext>,
  );
}

beforeEach(async () => {
  await put('settings', { latencyMs: 0, failureRate: 0, seed: 1, size: 23 });
});

describe('MockControlsPanel', () => {
  it('shows where the data comes from and the current settings', async () => {
    renderPanel();
    expect(await screen.findByText(/claims · seed 1 · in memory only/)).toBeInTheDocument();
    expect(screen.getByLabelText('Seed number')).toHaveValue(1);
    expect(screen.getByText('Latency: 0 ms')).toBeInTheDocument();
    expect(screen.getByText('Failure rate: 0%')).toBeInTheDocument();
  });

  it('re-seeds with the seed typed, after a confirmation', async () => {
    renderPanel();
    fireEvent.change(await screen.findByLabelText('Seed number'), { target: { value: '5' } });
    fireEvent.click(screen.getByRole('button', { name: 'Generate with this seed and size' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/generated from seed 5/)).toBeInTheDocument();
    fireEvent.click(within(dialog).getByRole('button', { name: /confirm/i }));
    expect(await screen.findByText(/claims · seed 5 ·/)).toBeInTheDocument();
    const status = (await (await fetch('/api/_mock/status')).json()) as { data: { seed: number } };
    expect(status.data.seed).toBe(5);
  });

  it('signs in as the chosen demo user with the demo password', async () => {
    const login = vi.fn(async () => undefined);
    renderPanel({ login, logout: async () => undefined, checkAuth: async () => undefined, checkError: async () => undefined, getPermissions: async () => null });
    const select = await screen.findByRole('combobox', { name: 'User to sign in as' });
    fireEvent.mouseDown(select);
    fireEvent.click(await screen.findByRole('option', { name: /suzuki/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Sign in as this user' }));
    await waitFor(() => expect(login).toHaveBeenCalledWith({ username: 'suzuki', password: 'demo' }));
  });
});
