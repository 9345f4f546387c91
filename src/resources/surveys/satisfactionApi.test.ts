/** The survey list's filter as the satisfaction endpoint's query. */
import { describe, expect, test } from 'vitest';
import { satisfactionQueryOf } from './satisfactionApi';

describe('satisfactionQueryOf', () => {
  test('maps the sent-date bounds, one peril, one adjuster; leaves out the answer and the rest', () => {
    expect(satisfactionQueryOf({ sentDate_gte: '2026-03-01', sentDate_lte: '2026-03-31', peril: 'water', adjusterId: 'sato', answer: ['satisfied'], q: 'x' })).toEqual({
      from: '2026-03-01',
      to: '2026-03-31',
      peril: 'water',
      adjusterId: 'sato',
    });
    expect(satisfactionQueryOf({ peril: ['damage'] })).toEqual({ peril: 'damage' });
    expect(satisfactionQueryOf({ peril: ['damage', 'water'], sentDate_gte: '' })).toEqual({});
  });
});
