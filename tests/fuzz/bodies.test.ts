/**
 * Fuzzing request bodies (issue 7, item 1): every route that reads a body gets random and malformed
 * JSON (wrong types, huge strings, deep nesting, prototype-pollution keys, 1e309, -0, "NaN") and,
 * for the upload, random multipart forms. Each answer is a 2xx or a 4xx in the error shape, and a
 * refused request changes nothing (tests/fuzz/harness.ts).
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { newKey, tokenFor, USERS } from '../api/helpers';
import { garbageBodyText, mutatedBodyText } from './arbitraries';
import { fuzzOnce, fuzzParams, restoreBaseline, setupFuzzApi } from './harness';
import { builtTargets, jpegBytes, pathOf, validBody, type Target } from './targets';

const SUITE = 'bodies';
const RUNS = 30;

setupFuzzApi(SUITE);

let targets: Target[] = [];
beforeAll(async () => {
  restoreBaseline();
  const { built, missing } = await builtTargets();
  if (missing.length > 0) console.info(`[fuzz] ${SUITE}: not built yet, skipped: ${missing.map((t) => `${t.method} ${t.path}`).join(', ')}`);
  targets = built;
});

const ACTORS = [USERS.adjuster, USERS.supervisor, USERS.manager] as const;

async function authFor(actor: string): Promise<readonly [string, string]> {
  return ['Authorization', `Bearer ${await tokenFor(actor)}`];
}

/** The targets with a JSON body, from the full list (those not built are skipped at run time). */
const JSON_WRITES = ['POST /claims', 'PUT /claims/:id', 'POST /claims/:id/decision', 'POST /claims/:id/lock', 'POST /claims/:id/deadline-extension', 'POST /policies', 'PUT /policies/:id', 'POST /policies/:id/reveal', 'POST /documents', 'PUT /documents/:id', 'POST /payments/run', 'POST /surveys/simulate-answers', 'POST /auth/login', 'POST /auth/logout', 'POST /claims/:id/document-request', 'POST /claims/document-requests', 'POST /claims/assign', 'POST /notes', 'POST /claims/:id/reveal'];

function targetNamed(name: string): Target | undefined {
  return targets.find((t) => `${t.method} ${t.path}` === name);
}

describe('random and malformed JSON bodies never reach a 5xx nor change data when refused', () => {
  it.each(JSON_WRITES)('%s', async (name) => {
    const target = targetNamed(name);
    if (!target) return; // not built yet (reported above)
    restoreBaseline();
    const valid = (validBody(target) ?? {}) as Record<string, unknown>;
    await fc.assert(
      fc.asyncProperty(fc.oneof(mutatedBodyText(valid), garbageBodyText), fc.constantFrom(...ACTORS), fc.boolean(), async (body, actor, jsonType) => {
        restoreBaseline();
        const headers: (readonly [string, string])[] = [await authFor(actor)];
        if (jsonType) headers.push(['Content-Type', 'application/json']);
        if (target.idempotent) headers.push(['Idempotency-Key', newKey()]);
        await fuzzOnce(SUITE, { method: target.method, path: pathOf(target), headers, body });
      }),
      fuzzParams(RUNS),
    );
  });
});

const KIND = fc.oneof(fc.constantFrom('damage_photo', 'repair_estimate', 'police_report', '', '__proto__', 'DAMAGE_PHOTO', '<b>x</b>'), fc.string({ maxLength: 20 }));
const FILE_NAME = fc.oneof(fc.constantFrom('a.jpg', '../../etc/passwd', '<img src=x onerror=alert(1)>.jpg', '', '.', 'x'.repeat(1_000), 'con.jpg', 'a\u0000.jpg', '写真.jpg'), fc.string({ maxLength: 40 }));
const FILE_BYTES = fc.oneof(
  fc.uint8Array({ maxLength: 256 }),
  fc.constant(jpegBytes(128)),
  fc.constant(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')),
  fc.constant(new TextEncoder().encode('%PDF-1.7\n')),
  fc.constant(new Uint8Array([0x89, 0x50, 0x4e, 0x47])),
);

describe('random multipart uploads never reach a 5xx nor change data when refused', () => {
  it('POST /claims/:id/documents', async () => {
    const target = targetNamed('POST /claims/:id/documents');
    if (!target) return; // not built yet (reported above)
    await fc.assert(
      fc.asyncProperty(
        fc.record({ kind: fc.option(KIND), fileName: FILE_NAME, bytes: fc.option(FILE_BYTES), type: fc.constantFrom('image/jpeg', 'text/html', 'image/svg+xml', '', 'application/pdf'), asText: fc.boolean() }),
        fc.constantFrom(...ACTORS),
        async ({ kind, fileName, bytes, type, asText }, actor) => {
          restoreBaseline();
          const form = new FormData();
          if (kind !== null) form.set('kind', kind);
          if (bytes !== null) {
            if (asText) form.set('file', new TextDecoder().decode(bytes));
            else form.set('file', new File([bytes as BlobPart], fileName, { type }));
          }
          const answer = await fuzzOnce(SUITE, { method: 'POST', path: pathOf(target), headers: [await authFor(actor)], body: form });
          if (answer.status === 201) expect(answer.body).toMatchObject({ claimId: target.id, size: bytes?.byteLength });
        },
      ),
      fuzzParams(RUNS + 10),
    );
  });
});
