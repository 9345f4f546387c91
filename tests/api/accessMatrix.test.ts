/**
 * The access matrix (issue 7, item 3), run against the backend: every principal (each demo user,
 * no token, an expired token, a garbled token) × every endpoint and action → the status the
 * permission table (src/domain/permissions.ts, `can(role, action)`) implies: 401 without a valid
 * token, 403 `FORBIDDEN` when the role may not, a 2xx with the endpoint's valid request when it
 * may. A few cells are also written out by hand, to check the derivation itself.
 * Then: the four-eyes rule as a matrix (recommender × approver), revealing personal data writes an
 * audit event, and no list (nor the queue's CSV export) carries an unmasked phone, e-mail or IMEI.
 * The number of cells checked is printed at the end.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getMockDb, resetMockDb, type DbData } from '../../mocks/db';
import { issueToken, TOKEN_LIFETIME_MS } from '../../mocks/http/token';
import { SEED_SIZES } from '../../mocks/seed/sizes';
import { MOCK_USERS } from '../../mocks/users';
import { can, type Action } from '../../src/domain/permissions';
import type { Role, User } from '../../src/domain/records';
import { queueCsvRows, toCsv, type QueueClaim } from '../../src/resources/claims/list/csv';
import { ALL_TARGETS, builtTargets, isMissingRoute, jpegBytes, pathOf, uploadForm, validBody, type Target } from '../fuzz/targets';
import { API, call, decide, listQuery, newKey, REFERENCE_DATE, send, setupMockApi, USERS } from './helpers';
import { restoreData } from '../fuzz/harness';

setupMockApi();

let cells = 0;
afterAll(() => console.info(`[access] ${cells} role × endpoint/action cells checked`));

/** Who sends a request: a demo user (with their role) or a principal without a valid token. */
type Principal = { kind: 'user'; user: User } | { kind: 'anonymous'; label: string; authorization: () => Promise<string | null> };

const PRINCIPALS: Principal[] = [
  ...MOCK_USERS.map((user): Principal => ({ kind: 'user', user })),
  { kind: 'anonymous', label: 'no token', authorization: async () => null },
  { kind: 'anonymous', label: 'expired token', authorization: async () => `Bearer ${await issueToken(USERS.adjuster, Date.now() - TOKEN_LIFETIME_MS - 1_000)}` },
  { kind: 'anonymous', label: 'garbled token', authorization: async () => `Bearer ${(await issueToken(USERS.supervisor)).replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'))}` },
  { kind: 'anonymous', label: 'forged user', authorization: async () => `Bearer ${(await issueToken(USERS.supervisor)).replace(`.${USERS.supervisor}.`, `.${USERS.manager}.`)}` },
];

const nameOf = (p: Principal) => (p.kind === 'user' ? `${p.user.id} (${p.user.role})` : p.label);

async function sendAs(target: Target, authorization: string | null, actor?: string): Promise<{ status: number; body: { message?: string; code?: string } | null }> {
  const headers = new Headers();
  if (authorization !== null) headers.set('Authorization', authorization);
  if (target.idempotent) headers.set('Idempotency-Key', newKey());
  let body: BodyInit | undefined;
  if (target.multipart) body = uploadForm('damage_photo', jpegBytes(), 'photo.jpg');
  else if (target.body !== undefined) {
    headers.set('Content-Type', 'application/json');
    body = JSON.stringify(validBody(target, actor));
  }
  const response = await fetch(`${API}${pathOf(target)}`, { method: target.method, headers, body });
  const text = await response.text();
  return { status: response.status, body: parseJson(text) };
}

/** `text` as JSON, or null when empty or not JSON (an SVG file). */
function parseJson(text: string): { message?: string; code?: string } | null {
  try {
    return text === '' ? null : (JSON.parse(text) as { message?: string; code?: string });
  } catch {
    return null;
  }
}

let targets: Target[] = [];
let missing: Target[] = [];
let baseline: DbData;

beforeAll(async () => {
  resetMockDb({ seed: 1, referenceDate: REFERENCE_DATE });
  const probe = getMockDb().snapshot();
  ({ built: targets, missing } = await builtTargets());
  if (missing.length > 0) console.info(`[access] not built yet, left out of the matrix: ${missing.map((t) => `${t.method} ${t.path}`).join(', ')}`);
  baseline = probe;
});

describe('every principal × every endpoint and action', () => {
  it.each(PRINCIPALS.map((p) => [nameOf(p), p] as const))('%s', async (_name, principal) => {
    const authorization =
      principal.kind === 'user' ? `Bearer ${await issueToken(principal.user.id)}` : await principal.authorization();
    const failures: string[] = [];
    // Sign-out last: it ends the token's session.
    const ordered = [...targets.filter((t) => t.path !== '/auth/logout'), ...targets.filter((t) => t.path === '/auth/logout')];
    for (const target of ordered) {
      restoreData(baseline);
      const { status, body } = await sendAs(target, authorization, principal.kind === 'user' ? principal.user.id : undefined);
      cells += 1;
      const cell = `${nameOf(principal)} ${target.method} ${pathOf(target)} → ${status} ${JSON.stringify(body).slice(0, 200)}`;
      if (isMissingRoute(status, body)) failures.push(`route vanished: ${cell}`);
      else if (target.path === '/auth/login') {
        if (status !== 200) failures.push(`expected 200 (sign-in is public): ${cell}`);
      } else if (principal.kind === 'anonymous') {
        if (status !== 401 || body?.code !== 'UNAUTHENTICATED') failures.push(`expected 401: ${cell}`);
      } else if (target.action === null) {
        if (status < 200 || status >= 300) failures.push(`expected 2xx (any signed-in user): ${cell}`);
      } else if (can(principal.user.role, target.action)) {
        if (status < 200 || status >= 300) failures.push(`expected 2xx (${target.action} allowed): ${cell}`);
      } else if (status !== 403 || body?.code !== 'FORBIDDEN' || typeof body.message !== 'string') {
        failures.push(`expected 403 FORBIDDEN (${target.action} not allowed): ${cell}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('agrees with cells written out by hand (a check of the derivation)', async () => {
    const hand: [string, Target['method'], string, number][] = [
      [USERS.manager, 'POST', '/claims', 403],
      [USERS.manager, 'GET', '/claims', 200],
      [USERS.manager, 'GET', '/dashboard?from=2026-04-01&to=2026-06-15', 200],
      [USERS.adjuster, 'GET', '/dashboard?from=2026-04-01&to=2026-06-15', 403],
      [USERS.adjuster, 'POST', '/payments/run', 403],
      [USERS.supervisor, 'POST', '/payments/run', 200],
      [USERS.adjuster, 'DELETE', '/claims/:id', 403],
      [USERS.supervisor2, 'DELETE', '/claims/:id', 200],
      [USERS.adjuster2, 'POST', '/policies/:id/reveal', 200],
      [USERS.manager, 'POST', '/policies/:id/reveal', 403],
      [USERS.adjuster, 'POST', '/policies', 403],
      [USERS.manager, 'GET', '/audit-events', 200],
    ];
    for (const [user, method, path, expected] of hand) {
      restoreData(baseline);
      const target = ALL_TARGETS.find((t) => t.method === method && t.path === path);
      if (!target) throw new Error(`no target ${method} ${path}`);
      cells += 1;
      const { status } = await sendAs(target, `Bearer ${await issueToken(user)}`, user);
      expect(status, `${user} ${method} ${path}`).toBe(expected);
      const role = MOCK_USERS.find((u) => u.id === user)?.role as Role;
      expect(can(role, target.action as Action), `derived ${user} ${method} ${path}`).toBe(expected < 400);
    }
  });
});

describe('bulk assignment (contracts of issue 4, item 2)', () => {
  it('lets an adjuster assign only to themself (403 otherwise), a supervisor to anyone', async () => {
    const assign = (as: string, assigneeId: string) => send<{ code?: string }>('POST', '/claims/assign', { ids: ['c-0004'], assigneeId }, { as });
    const probe = await assign(USERS.supervisor, USERS.adjuster2);
    if (isMissingRoute(probe.status, probe.body)) return; // not built yet: reported in the suite's log
    cells += 3;
    expect(probe.status).toBe(200);
    expect(await assign(USERS.adjuster, USERS.adjuster2)).toMatchObject({ status: 403, body: { code: 'FORBIDDEN' } });
    expect((await assign(USERS.adjuster, USERS.adjuster)).status).toBe(200);
  });
});

describe('four eyes (product.md, "Users and roles")', () => {
  const recommenders = [USERS.adjuster, USERS.supervisor];
  const cases = recommenders.flatMap((recommender) => MOCK_USERS.map((approver) => [recommender, approver.id, approver.role] as const));
  it.each(cases)('recommended by %s, approved by %s (%s)', async (recommender, approver, role) => {
    cells += 1;
    expect((await decide('c-0001', { decision: 'recommend', payout: 96_000 }, { as: recommender })).status).toBe(200);
    const { status, body } = await decide<{ code?: string; status?: string }>('c-0001', { decision: 'approve', payout: 96_000 }, { as: approver });
    if (!can(role, 'claims.decide')) expect([status, body.code]).toEqual([403, 'FORBIDDEN']);
    else if (!can(role, 'claims.approveRecommendation')) expect([status, body.code]).toEqual([403, 'NOT_A_SUPERVISOR']);
    else if (approver === recommender) expect([status, body.code]).toEqual([403, 'FOUR_EYES']);
    else expect([status, body.status]).toEqual([200, 'approved']);
    const approvals = getMockDb().auditEvents.filter((e) => e.recordId === 'c-0001' && e.action === 'decision.approve');
    expect(approvals.map((e) => e.actorId)).toEqual(status === 200 ? [approver] : []);
  });
});

describe('revealing personal data', () => {
  it.each(['phone', 'email', 'imei'] as const)('answers the full %s and writes an audit event naming the field, not the value', async (field) => {
    cells += 1;
    const stored = getMockDb().policy('p-0001');
    const full = field === 'imei' ? stored?.device.imei : stored?.holder[field];
    const { status, body } = await send<{ value: string }>('POST', '/policies/p-0001/reveal', { field }, { as: USERS.adjuster });
    expect(status).toBe(200);
    expect(body.value).toBe(full);
    const events = getMockDb().auditEvents.filter((e) => e.action === 'personalData.reveal');
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorId: USERS.adjuster, resource: 'policies', recordId: 'p-0001', after: { field } });
    expect(JSON.stringify(events[0])).not.toContain(full ?? '?');
  });

  it("reveals a claim's estimate IMEI with an audit event (once POST /claims/:id/reveal is built)", async () => {
    const answer = await send<{ value?: string; message?: string }>('POST', '/claims/c-0001/reveal', { field: 'estimateImei' }, { as: USERS.adjuster });
    if (isMissingRoute(answer.status, answer.body)) return; // not built yet: reported in the suite's log
    cells += 1;
    expect(answer.status).toBe(200);
    expect(answer.body.value).toBe(getMockDb().claims.get('c-0001')?.estimateImei);
    expect(getMockDb().auditEvents.filter((e) => e.action === 'personalData.reveal' && e.recordId === 'c-0001')).toHaveLength(1);
  });

  it('is refused to managers (403) and writes nothing', async () => {
    cells += 1;
    expect((await send('POST', '/policies/p-0001/reveal', { field: 'phone' }, { as: USERS.manager })).status).toBe(403);
    expect(getMockDb().auditEvents.size).toBe(0);
  });
});

describe('lists and the CSV export carry no unmasked phone, e-mail or IMEI (default seed)', () => {
  let secrets: string[] = [];
  beforeAll(() => {
    resetMockDb({ referenceDate: REFERENCE_DATE, size: SEED_SIZES.default });
    const db = getMockDb();
    const values = new Set<string>();
    for (const policy of db.policies.all()) for (const v of [policy.holder.phone, policy.holder.email, policy.device.imei]) values.add(v);
    for (const claim of db.claims.all()) if (claim.estimateImei) values.add(claim.estimateImei);
    for (const document of db.documents.all()) if (typeof document.figures.imei === 'string') values.add(document.figures.imei);
    secrets = [...values].filter((v) => v.length >= 6);
  });

  /** Unmasked shapes: a phone with all its digits, an e-mail with a readable local part, 15 IMEI digits. */
  const UNMASKED = [/\b0[5789]0-?\d{4}-?\d{4}\b/, /[A-Za-z0-9._%+-]{2,}@[A-Za-z0-9-]+\.[A-Za-z.]+/, /(?<!\d)\d{15}(?!\d)/];

  const fullList = async (resource: string) => {
    const { status, body, headers } = await call<unknown[]>(`/${resource}${listQuery({ range: [0, 99_999], sort: ['id', 'ASC'] })}`, { as: USERS.supervisor });
    expect(status).toBe(200);
    const total = Number(headers.get('Content-Range')?.split('/')[1]);
    expect(body.length).toBe(total);
    return body;
  };

  function leaks(json: string, staff: readonly string[]): string[] {
    const found = secrets.filter((secret) => json.includes(secret));
    for (const pattern of UNMASKED) {
      const match = pattern.exec(json.replaceAll(/"[a-z]+@bm-claims\.example"/g, '""'));
      if (match && !staff.some((s) => match[0].includes(s))) found.push(`pattern ${pattern}: ${match[0]}`);
    }
    return found.slice(0, 5);
  }

  it.each(['policies', 'claims', 'documents', 'audit-events', 'payments'])('GET /%s', async (resource) => {
    cells += 1;
    const list = await fullList(resource);
    if (resource !== 'audit-events' && resource !== 'payments') expect(list.length).toBeGreaterThan(0);
    expect(leaks(JSON.stringify(list), MOCK_USERS.map((u) => u.email))).toEqual([]);
  });

  it('the queue CSV built from the claims list (device, plan and assignee name as the API presents them)', async () => {
    cells += 1;
    const claims = (await fullList('claims')) as QueueClaim[];
    const csv = toCsv(queueCsvRows(claims));
    expect(csv.split('\n').length).toBeGreaterThan(claims.length);
    expect(leaks(csv, [])).toEqual([]);
  });

  it('the check finds an unmasked value when there is one (so it can fail)', async () => {
    const policy = getMockDb().policies.all()[0];
    expect(leaks(JSON.stringify({ phone: policy?.holder.phone }), [])).not.toEqual([]);
  });
});
