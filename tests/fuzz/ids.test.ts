/**
 * Fuzzing record ids in paths (issue 7, item 1): path traversal (`..%2F..`), NUL and control
 * characters, unicode, prototype member names (`__proto__`, `constructor`), very long ids, on every
 * route with an id, with the route's valid body. Never a 5xx; a refused request changes nothing;
 * an odd id never reaches another record (a 2xx names exactly the id asked for).
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { getMockDb } from '../../mocks/db';
import { newKey, tokenFor, USERS } from '../api/helpers';
import { hostileId } from './arbitraries';
import { diffSnapshots, fuzzOnce, fuzzParams, restoreBaseline, setupFuzzApi, snapshotDb } from './harness';
import { ALL_TARGETS, builtTargets, jpegBytes, pathOf, uploadForm, validBody, type Target } from './targets';

const SUITE = 'ids';
const RUNS = 25;

setupFuzzApi(SUITE);

let built: Target[] = [];
beforeAll(async () => {
  restoreBaseline();
  built = (await builtTargets()).built;
});

const WITH_ID = ALL_TARGETS.filter((t) => t.id !== undefined);

describe('odd ids never reach a 5xx, another record, or a change when refused', () => {
  it.each(WITH_ID.map((t) => [t.method, t.path, t] as const))('%s %s', async (_m, _p, target) => {
    if (!built.includes(target)) return; // not built yet (reported by the bodies suite)
    const auth = ['Authorization', `Bearer ${await tokenFor(USERS.supervisor)}`] as const;
    await fc.assert(
      fc.asyncProperty(hostileId, async (id) => {
        restoreBaseline();
        const headers: (readonly [string, string])[] = [auth];
        let body: BodyInit | undefined;
        if (target.multipart) body = uploadForm('damage_photo', jpegBytes(), 'photo.jpg');
        else if (target.body !== undefined) {
          headers.push(['Content-Type', 'application/json']);
          body = JSON.stringify(validBody(target));
        }
        if (target.idempotent) headers.push(['Idempotency-Key', newKey()]);
        const answer = await fuzzOnce(SUITE, { method: target.method, path: pathOf(target, id), headers, body });
        const decoded = safeDecode(id);
        if (answer.status < 300 && typeof answer.body === 'object' && answer.body !== null && 'id' in answer.body && target.path.endsWith('/:id')) {
          expect((answer.body as { id: unknown }).id).toBe(decoded);
        }
      }),
      fuzzParams(RUNS),
    );
  });
});

function safeDecode(id: string): string {
  try {
    return decodeURIComponent(id);
  } catch {
    return id;
  }
}

describe('the harness itself', () => {
  it('sees a change in the snapshot when a request does change data (so "unchanged" can fail)', async () => {
    restoreBaseline();
    const before = snapshotDb();
    const auth = ['Authorization', `Bearer ${await tokenFor(USERS.adjuster)}`] as const;
    const answer = await fuzzOnce(SUITE, { method: 'PUT', path: '/claims/c-0004', headers: [auth, ['Content-Type', 'application/json']], body: JSON.stringify({ description: 'x', version: getMockDb().claims.get('c-0004')?.version }) });
    expect(answer.status).toBe(200);
    const diff = diffSnapshots(before, snapshotDb());
    expect(diff).toContain('claims: c-0004 changed');
    expect(diff.some((d) => d.startsWith('auditEvents:'))).toBe(true);
  });
});
