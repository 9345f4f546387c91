import { describe, expect, test } from 'vitest';
import { incidentDateMessage, incidentDateProblem } from './claimDates';

const today = '2026-06-15';

describe('incidentDateProblem', () => {
  test.each([
    ['2026-06-14', '2026-06-15', null],
    ['2026-06-15', '2026-06-15', null],
    ['2026-06-10', '2026-06-12', null],
    ['2026-06-16', '2026-06-15', 'after_today'],
    ['2027-06-16', '2027-06-20', 'after_today'],
    ['2026-06-13', '2026-06-12', 'after_received'],
  ] as const)('an incident on %s received on %s: %s', (incidentDate, receivedDate, problem) => {
    expect(incidentDateProblem({ incidentDate, receivedDate }, today)).toBe(problem);
  });
  test('the future wins over the received date when both are passed', () => {
    expect(incidentDateProblem({ incidentDate: '2026-07-01', receivedDate: '2026-06-01' }, today)).toBe('after_today');
  });
  test('the message names the date passed', () => {
    expect(incidentDateMessage('after_today', { receivedDate: '2026-06-01' }, today)).toContain(today);
    expect(incidentDateMessage('after_received', { receivedDate: '2026-06-01' }, today)).toContain('2026-06-01');
  });
});
