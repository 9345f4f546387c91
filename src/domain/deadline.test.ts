import { describe, expect, test } from 'vitest';
import { deadlineState, effectiveDueDate, latestExtensionDate } from './deadline';

const open = { status: 'in_review' as const, dueDate: '2026-12-10', deadlineExtension: null };

describe('deadlineState', () => {
  test.each([
    ['2026-12-11', 'overdue'],
    ['2026-12-10', 'due_soon'],
    ['2026-12-03', 'due_soon'],
    ['2026-12-02', 'on_time'],
  ] as const)('on %s an open claim due 2026-12-10 is %s', (today, state) => {
    expect(deadlineState(open, today)).toBe(state);
  });
  test('a closed claim or one without a due date has no deadline state', () => {
    expect(deadlineState({ ...open, status: 'paid' }, '2027-01-01')).toBe('none');
    expect(deadlineState({ ...open, dueDate: null }, '2027-01-01')).toBe('none');
  });
  test('an extension moves the deadline', () => {
    const extended = {
      ...open,
      deadlineExtension: { until: '2027-01-31', reason: 'police_inquiry' as const, note: '', extendedBy: 'sato', extendedAt: '2026-12-01T00:00:00Z' },
    };
    expect(effectiveDueDate(extended)).toBe('2027-01-31');
    expect(deadlineState(extended, '2026-12-20')).toBe('on_time');
  });
});

describe('latestExtensionDate', () => {
  test('a police inquiry may extend to 180 days after completion, an expert examination to 90', () => {
    expect(latestExtensionDate('2026-06-01', 'police_inquiry')).toBe('2026-11-28');
    expect(latestExtensionDate('2026-06-01', 'expert_inquiry')).toBe('2026-08-30');
  });
  test('counts across a year end', () => {
    expect(latestExtensionDate('2026-12-15', 'expert_inquiry')).toBe('2027-03-15');
  });
});
