/**
 * The triage queue's filter as the list keeps it (in the URL and in saved filters) and as the API
 * reads it. Two filters are relative, so a saved filter keeps its meaning on another day or for
 * another user:
 * - `assignee: 'me' | 'unassigned'` → `assigneeId: <signed-in user's id>` or `assigneeId: null`
 *   (react-admin drops null filter values, so null cannot live in the list's own filter);
 * - `overdue: true` → `dueDate_lt: <today in Japan>` and only the open statuses (a decided claim
 *   is never overdue: src/domain/deadline.ts).
 * Everything else passes through unchanged (ra-data-simple-rest conventions of the mock backend).
 */
import type { IsoDate } from '../../../domain/dates';
import { OPEN_CLAIM_STATUSES } from '../../../domain/recordCodes';

/** The assignee choices of the queue; absent means anyone. */
export const ASSIGNEE_CHOICES = ['me', 'unassigned'] as const;

/** Who and when the relative filters are resolved for. */
export interface QueueFilterContext {
  /** The signed-in user's id (`assignee: 'me'`); null when unknown, then `me` matches nobody's id. */
  userId: string | null;
  /** Today's JST date `YYYY-MM-DD` (`overdue`). */
  today: IsoDate;
}

/** The API's filter of the queue's filter `filter` (see the module comment). Does not change `filter`. */
export function toApiFilter(filter: Readonly<Record<string, unknown>>, { userId, today }: QueueFilterContext): Record<string, unknown> {
  const { assignee, overdue, ...rest } = filter;
  const api: Record<string, unknown> = { ...rest };
  if (assignee === 'me') api.assigneeId = userId ?? '';
  else if (assignee === 'unassigned') api.assigneeId = null;
  if (overdue === true || overdue === 'true') {
    const asked = Array.isArray(rest.status) ? rest.status.filter((status): status is string => typeof status === 'string') : typeof rest.status === 'string' ? [rest.status] : null;
    const open: readonly string[] = OPEN_CLAIM_STATUSES;
    api.status = asked === null ? [...open] : asked.filter((status) => open.includes(status));
    api.dueDate_lt = today;
  }
  return api;
}
