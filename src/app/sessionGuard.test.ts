/**
 * The stored session is read without zod (./sessionGuard.ts) yet must accept exactly what the zod
 * schema of the sign-in boundary accepts (./sessionSchema.ts): checked on generated sessions, valid
 * and broken in every field, and on arbitrary values.
 */
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, test, vi } from 'vitest';
import { ROLES } from '../domain/recordCodes';
import { clearSession, readSession } from './session';
import { toSession } from './sessionGuard';
import { sessionSchema } from './sessionSchema';

const validUser = fc.record({ id: fc.string({ minLength: 1 }), name: fc.string({ minLength: 1 }), email: fc.string(), role: fc.constantFrom(...ROLES) });
/** A value for a field that breaks it, or not (a string may be a valid one). */
const anyField = fc.oneof(fc.constant(''), fc.string(), fc.integer(), fc.boolean(), fc.constant(null), fc.constant(undefined), fc.constantFrom(...ROLES));
/** A valid user with one field changed, removed, or an unknown field added. */
const user = fc.oneof(
  validUser,
  fc.tuple(validUser, fc.constantFrom('id', 'name', 'email', 'role', 'extra'), anyField).map(([valid, field, value]) => ({ ...valid, [field]: value })),
  validUser.chain((valid) => fc.constantFrom('id', 'name', 'email', 'role').map((field) => Object.fromEntries(Object.entries(valid).filter(([key]) => key !== field)))),
  fc.anything(),
);
const session = fc.oneof(
  fc.record({ token: fc.string({ minLength: 1 }), user }),
  fc.record({ token: anyField, user: validUser }),
  fc.record({ token: fc.string({ minLength: 1 }), user: validUser, other: fc.anything() }),
  fc.anything(),
);

describe('toSession', () => {
  test('accepts and yields exactly what zod sessionSchema accepts and yields', () => {
    fc.assert(
      fc.property(session, (value) => {
        const parsed = sessionSchema.safeParse(value);
        expect(toSession(value)).toEqual(parsed.success ? parsed.data : null);
      }),
      { numRuns: 2_000 },
    );
  });

  test('keeps a well-formed session, without unknown fields', () => {
    const stored = { token: 't-1', user: { id: 'sato', name: '佐藤 美咲', email: 'sato@example.jp', role: 'adjuster', admin: true } };
    expect(toSession(stored)).toEqual({ token: 't-1', user: { id: 'sato', name: '佐藤 美咲', email: 'sato@example.jp', role: 'adjuster' } });
  });
});

describe('readSession', () => {
  // Node has no localStorage: a Map-backed one for this test.
  beforeEach(() => {
    const entries = new Map<string, string>();
    vi.stubGlobal('localStorage', {
      getItem: (key: string) => entries.get(key) ?? null,
      setItem: (key: string, value: string) => void entries.set(key, value),
      removeItem: (key: string) => void entries.delete(key),
    });
  });
  afterEach(() => {
    clearSession();
    vi.unstubAllGlobals();
  });

  test('a tampered entry (unknown role) or one that is not JSON counts as signed out', () => {
    localStorage.setItem('claims.session', JSON.stringify({ token: 't-1', user: { id: 'sato', name: '佐藤', email: '', role: 'root' } }));
    expect(readSession()).toBeNull();
    localStorage.setItem('claims.session', '{not json');
    expect(readSession()).toBeNull();
    localStorage.setItem('claims.session', JSON.stringify({ token: 't-1', user: { id: 'sato', name: '佐藤', email: '', role: 'supervisor' } }));
    expect(readSession()?.user.role).toBe('supervisor');
  });
});

describe('the session guard on crafted values', () => {
  it('crafted sessions', () => {
    const user = { id: 'sato', name: 'Sato', email: 'a@b', role: 'adjuster' };
    const cases: unknown[] = [
      { token: 't', user },
      { token: 't', user: { ...user, role: 'toString' } },
      { token: 't', user: { ...user, role: 'constructor' } },
      { token: 't', user: { ...user, email: null } },
      { token: '\uD800', user },
      JSON.parse('{"token":"t","user":{"id":"x","name":"y","email":"","role":"manager","__proto__":{"a":1}}}'),
      JSON.parse('{"__proto__":{"token":"t"},"user":{"id":"x","name":"y","email":"","role":"manager"}}'),
      { token: 't', user: [] },
      Object.assign(Object.create({ token: 't' }), { user }),
    ];
    for (const value of cases) {
      const parsed = sessionSchema.safeParse(value);
      expect(toSession(value)).toEqual(parsed.success ? parsed.data : null);
    }
  });
});
