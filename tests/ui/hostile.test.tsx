/**
 * Hostile content in the UI (issue 7, item 4): a claim whose policyholder name, description and
 * note hold `<img src=x onerror=alert(1)>` shows that markup as text; no element is made from it
 * and no script runs. The note comes from the notes API as the backend will answer it (served
 * here by a handler, so the check holds whether or not /api/notes is built yet).
 */
import { screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { getMockDb } from '../../mocks/db';
import { server } from '../../mocks/node';
import type { Policy } from '../../src/domain/records';
import { renderApp } from '../renderApp';

const PAYLOAD = '<img src=x onerror=alert(1)>';
const LONG = { timeout: 10_000 };

afterEach(() => vi.restoreAllMocks());

/** Text nodes containing `needle` (React renders it as text: one node holds the whole string). */
const textContaining = (needle: string) => (_content: string, element: Element | null) =>
  element !== null && Array.from(element.childNodes).some((node) => node.nodeType === 3 && (node.textContent ?? '').includes(needle));

describe('markup in claim data', () => {
  test('shows as text on the claim review screen: no img element, no script run', async () => {
    const alert = vi.fn();
    vi.stubGlobal('alert', alert);
    const db = getMockDb();
    const policy = db.policies.get('p-0001') as Policy;
    db.policies.replace({ ...policy, holder: { ...policy.holder, name: `山田 ${PAYLOAD}` } });
    const claim = db.claims.get('c-0001');
    if (!claim) throw new Error('seed claim c-0001 missing');
    db.claims.replace({ ...claim, description: `画面割れ ${PAYLOAD}` });
    const note = { id: 'n-hostile', claimId: 'c-0001', text: `メモ ${PAYLOAD}`, authorId: 'sato', authorName: '佐藤 美咲', createdAt: '2026-06-14T01:00:00.000Z' };
    server.use(http.get('*/api/notes', () => HttpResponse.json([note], { headers: { 'Content-Range': 'notes 0-0/1', 'Access-Control-Expose-Headers': 'Content-Range' } })));

    await renderApp('/claims/c-0001/show', { as: 'sato' });

    expect((await screen.findAllByText(textContaining(`山田 ${PAYLOAD}`), {}, LONG)).length).toBeGreaterThan(0);
    expect((await screen.findAllByText(textContaining(`画面割れ ${PAYLOAD}`), {}, LONG)).length).toBeGreaterThan(0);
    expect((await screen.findAllByText(textContaining(`メモ ${PAYLOAD}`), {}, LONG)).length).toBeGreaterThan(0);
    await waitFor(() => expect(document.querySelectorAll('img[src="x"], [onerror]')).toHaveLength(0));
    expect(alert).not.toHaveBeenCalled();
  });
});
