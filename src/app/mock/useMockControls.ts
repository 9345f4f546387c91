/**
 * Queries and mutations of the mock controls, through react-admin's react-query client: the
 * status, the demo users, a settings change and a re-seed (which refreshes every view's data).
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useLocaleState, useNotify, useRefresh } from 'react-admin';
import { mockControlsApi, type MockSettings, type MockStatus } from './mockControlsApi';

const STATUS_KEY = ['mock-controls', 'status'] as const;

/** The backend's status (settings included). */
export function useMockStatus() {
  return useQuery({ queryKey: STATUS_KEY, queryFn: mockControlsApi.status });
}

/** The demo users to sign in as. */
export function useMockUsers() {
  return useQuery({ queryKey: ['mock-controls', 'users'], queryFn: mockControlsApi.users, staleTime: Infinity });
}

/** Notifies a failed control call. */
export function useNotifyControlError(): (error: Error) => void {
  const notify = useNotify();
  return (error) => notify('app.mock.error', { type: 'error', messageArgs: { message: error.message } });
}

/** Saves some settings (latency, failure rate); the cached status follows. */
export function useUpdateMockSettings() {
  const client = useQueryClient();
  const onError = useNotifyControlError();
  return useMutation({
    mutationFn: (patch: Partial<MockSettings>) => mockControlsApi.updateSettings(patch),
    onSuccess: (settings) => client.setQueryData<MockStatus>(STATUS_KEY, (status) => status && { ...status, settings }),
    onError,
  });
}

/** Re-seeds (with `seed`/`size` when given), then refreshes every view. */
export function useResetMockData() {
  const client = useQueryClient();
  const refresh = useRefresh();
  const notify = useNotify();
  const onError = useNotifyControlError();
  const format = useNumberFormat();
  return useMutation({
    mutationFn: (body: Partial<Pick<MockSettings, 'seed' | 'size'>>) => mockControlsApi.reset(body),
    onSuccess: (status) => {
      client.setQueryData(STATUS_KEY, status);
      refresh();
      notify('app.mock.regenerated', { type: 'success', messageArgs: { claims: format(status.counts.claims ?? 0) } });
    },
    onError,
  });
}

/** Formats a count in the display language. */
export function useNumberFormat(): (value: number) => string {
  const [locale] = useLocaleState();
  const format = new Intl.NumberFormat(locale === 'en' ? 'en-US' : 'ja-JP');
  return (value) => format.format(value);
}
