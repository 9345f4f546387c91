/** The queue's relative filters as the API reads them (queueFilter.ts). */
import { describe, expect, test } from 'vitest';
import { toApiFilter } from './queueFilter';

const context = { userId: 'sato', today: '2026-11-30' };

describe('toApiFilter', () => {
  test('assignee me / unassigned become the signed-in user id / null; absent means anyone', () => {
    expect(toApiFilter({ assignee: 'me', peril: ['water'] }, context)).toEqual({ assigneeId: 'sato', peril: ['water'] });
    expect(toApiFilter({ assignee: 'unassigned' }, context)).toEqual({ assigneeId: null });
    expect(toApiFilter({ q: 'ヤマダ' }, context)).toEqual({ q: 'ヤマダ' });
  });

  test('overdue: due before today (JST), open statuses only, within the statuses asked', () => {
    expect(toApiFilter({ overdue: true }, context)).toEqual({ dueDate_lt: '2026-11-30', status: ['received', 'awaiting_documents', 'in_review', 'pending_approval'] });
    expect(toApiFilter({ overdue: true, status: ['in_review', 'paid'] }, context)).toEqual({ dueDate_lt: '2026-11-30', status: ['in_review'] });
    expect(toApiFilter({ overdue: false, status: ['paid'] }, context)).toEqual({ status: ['paid'] });
  });
});
