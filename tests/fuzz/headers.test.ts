/**
 * Fuzzing headers and methods (issue 7, item 1): Content-Type that lies about the body, odd
 * Idempotency-Keys, Authorization garbage and an expired token, and methods a route does not
 * serve, on every route. Never a 5xx; a refused request changes nothing; without a valid token
 * every route but sign-in answers 401.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { issueToken, TOKEN_LIFETIME_MS } from '../../mocks/http/token';
import { tokenFor, USERS } from '../api/helpers';
import { badAuthorizationHeader, contentTypeHeader, garbageBodyText, idempotencyKeyHeader, methodArb } from './arbitraries';
import { fuzzOnce, fuzzParams, restoreBaseline, setupFuzzApi } from './harness';
import { ALL_TARGETS, builtTargets, pathOf, validBody, type Target } from './targets';

const SUITE = 'headers';
const RUNS = 15;

setupFuzzApi(SUITE);

let built: Target[] = [];
let expired = '';
beforeAll(async () => {
  restoreBaseline();
  built = (await builtTargets()).built;
  expired = await issueToken(USERS.supervisor, Date.now() - TOKEN_LIFETIME_MS - 60_000);
});

const name = (t: Target) => [t.method, t.path, t] as const;

describe('Content-Type lies and odd Idempotency-Keys never reach a 5xx nor change data when refused', () => {
  it.each(ALL_TARGETS.filter((t) => t.method !== 'GET').map(name))('%s %s', async (_m, _p, target) => {
    if (!built.includes(target)) return; // not built yet (reported by the bodies suite)
    restoreBaseline();
    await fc.assert(
      fc.asyncProperty(contentTypeHeader, idempotencyKeyHeader, fc.oneof(fc.constant(JSON.stringify(validBody(target) ?? {})), garbageBodyText), async (type, key, body) => {
        restoreBaseline();
        const headers: (readonly [string, string])[] = [['Authorization', `Bearer ${await tokenFor(USERS.supervisor)}`]];
        if (type !== null) headers.push(['Content-Type', type]);
        if (key !== null) headers.push(['Idempotency-Key', key]);
        await fuzzOnce(SUITE, { method: target.method, path: pathOf(target), headers, body });
      }),
      fuzzParams(RUNS),
    );
  });
});

describe('without a valid token every route but sign-in answers 401 and changes nothing', () => {
  it.each(ALL_TARGETS.filter((t) => t.path !== '/auth/login').map(name))('%s %s', async (_m, _p, target) => {
    if (!built.includes(target)) return;
    await fc.assert(
      fc.asyncProperty(fc.oneof(badAuthorizationHeader, fc.constant(`Bearer ${expired}`)), fc.boolean(), async (authorization, asQuery) => {
        restoreBaseline();
        const headers: (readonly [string, string])[] = [['Content-Type', 'application/json']];
        let path = pathOf(target);
        if (asQuery && authorization !== null) path += `${path.includes('?') ? '&' : '?'}token=${encodeURIComponent(authorization.replace(/^Bearer /, ''))}`;
        else if (authorization !== null) headers.push(['Authorization', authorization]);
        const answer = await fuzzOnce(SUITE, { method: target.method, path, headers, body: JSON.stringify(target.body ?? {}) });
        expect(answer.status, `${target.method} ${path} with ${String(authorization).slice(0, 60)}`).toBe(401);
      }),
      fuzzParams(RUNS),
    );
  });
});

describe('methods a route does not serve answer 4xx (405 or 404), never 5xx', () => {
  const paths = [...new Set(ALL_TARGETS.map((t) => t.path))];
  it.each(paths)('%s', async (path) => {
    const target = ALL_TARGETS.find((t) => t.path === path);
    if (!target || !built.includes(target)) return;
    await fc.assert(
      fc.asyncProperty(methodArb, fc.constantFrom(USERS.adjuster, USERS.manager), async (method, actor) => {
        restoreBaseline();
        const headers: (readonly [string, string])[] = [['Authorization', `Bearer ${await tokenFor(actor)}`], ['Content-Type', 'application/json']];
        await fuzzOnce(SUITE, { method, path: pathOf(target), headers, body: '{}' });
      }),
      fuzzParams(6),
    );
  });
});
