/**
 * The queue's text search and a Japanese IME: nothing is searched while the IME composes (kana on
 * the way to kanji, Enter confirming a conversion); the composed text is searched once it is
 * committed. Pending debounces are flushed with fake timers, so "nothing searched" is not a guess
 * about timing.
 */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { renderApp } from '../../../../tests/renderApp';
import { LONG, numbersOf, seeded, shownClaimNumbers } from './testing';

/** Records the `q` of every claims list request the app sends. */
function recordSearches(): { searches: string[]; stop: () => void } {
  const spy = vi.spyOn(globalThis, 'fetch');
  return {
    get searches() {
      return spy.mock.calls.flatMap(([input]) => {
        const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url, 'http://localhost');
        if (url.pathname !== '/api/claims') return [];
        const filter: unknown = JSON.parse(url.searchParams.get('filter') ?? '{}');
        return typeof filter === 'object' && filter !== null && 'q' in filter && typeof filter.q === 'string' ? [filter.q] : [];
      });
    },
    stop: () => spy.mockRestore(),
  };
}

afterEach(() => vi.useRealTimers());

describe('queue search', () => {
  test('does not search while a Japanese IME is composing, and searches the committed text', async () => {
    const world = await seeded();
    const recorder = recordSearches();
    try {
      await renderApp('/claims');
      await waitFor(() => expect(shownClaimNumbers().length).toBeGreaterThan(1), LONG);
      const box = screen.getByRole('searchbox', { name: '検索' });
      vi.useFakeTimers({ shouldAdvanceTime: true });
      fireEvent.compositionStart(box);
      fireEvent.change(box, { target: { value: 'やまだ' } });
      fireEvent.keyDown(box, { key: 'Enter', isComposing: true });
      fireEvent.change(box, { target: { value: '山田' } });
      await vi.advanceTimersByTimeAsync(3_000);
      // Anything pushed to the filter would be in the list's URL by now (debounces flushed).
      expect(decodeURIComponent(window.location.hash)).not.toContain('"q"');
      expect(recorder.searches).toEqual([]);
      expect(box).toHaveValue('山田');
      fireEvent.compositionEnd(box, { data: '山田' });
      await vi.advanceTimersByTimeAsync(3_000);
      vi.useRealTimers();
      const expected = numbersOf(world.select((claim) => (world.policies.get(claim.policyId)?.holder.name ?? '').includes('山田')));
      expect(expected.length).toBeGreaterThan(0);
      await waitFor(() => expect([...shownClaimNumbers()].sort()).toEqual(expected), LONG);
      expect(recorder.searches).toEqual(['山田']);
    } finally {
      recorder.stop();
    }
  }, 40_000);

  test('typing outside a composition searches (claim number)', async () => {
    const user = userEvent.setup();
    const world = await seeded();
    await renderApp('/claims');
    await waitFor(() => expect(shownClaimNumbers().length).toBeGreaterThan(1), LONG);
    const target = world.select()[0]!;
    await user.type(screen.getByRole('searchbox', { name: '検索' }), target.claimNumber);
    await waitFor(() => expect(shownClaimNumbers()).toEqual([target.claimNumber]), LONG);
  }, 40_000);
});
