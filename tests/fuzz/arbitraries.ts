/**
 * fast-check arbitraries of hostile input: JSON values with the wrong types, huge strings, deep
 * nesting, prototype-pollution keys and numbers JSON.parse turns odd (1e309 → Infinity, -0), raw
 * texts that are not JSON at all, list query parameters (`sort`, `range`, `filter`), header values
 * (Content-Type lies, odd Idempotency-Keys, Authorization garbage) and record ids (path traversal,
 * unicode, very long).
 */
import fc from 'fast-check';

/** Object keys an attacker likes: prototype pollution and Object.prototype members. */
export const NASTY_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '', ' ', 'id', 'version', 'status'] as const;

/** Raw JSON number texts JSON.parse reads as edge values (Infinity, -0, 0, huge integers). */
const RAW_NUMBERS = ['1e309', '-1e309', '-0', '0.0', '1e-400', '9007199254740993', '-1', '0.5', '1e21', '123456789012345678901234567890'];

/** Strings that look like numbers, dates or booleans but are not what a field wants. */
const TRICKY_STRINGS = ['NaN', 'Infinity', '-0', '1e309', '', ' ', 'null', 'true', '2026-02-30', '2026-13-01', '0x10', '١٢٣', '\u0000', '\u202e', '<script>alert(1)</script>', "' OR 1=1 --", '${7*7}', '../../etc/passwd'];

/** A JSON text of a value of any type (the types a field did not expect), depth ≤ 3. */
const anyJsonText: fc.Arbitrary<string> = fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value) ?? 'null');

/** A JSON text of a hostile scalar. */
export const hostileScalarText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...RAW_NUMBERS),
  fc.constantFrom(...TRICKY_STRINGS).map((s) => JSON.stringify(s)),
  fc.string({ unit: 'binary', maxLength: 40 }).map((s) => JSON.stringify(s)),
  fc.integer({ min: 1, max: 300_000 }).map((n) => JSON.stringify('x'.repeat(n))),
  fc.constantFrom('true', 'false', 'null', '[]', '{}', '[null]', '{"":""}'),
  anyJsonText,
);

/** JSON text nested `depth` levels deep (arrays or objects). */
export const deepJsonText: fc.Arbitrary<string> = fc
  .record({ depth: fc.integer({ min: 20, max: 5_000 }), object: fc.boolean() })
  .map(({ depth, object }) => (object ? `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}` : `${'['.repeat(depth)}1${']'.repeat(depth)}`));

/** A JSON object text with prototype-pollution keys (raw, so `__proto__` is an own key after JSON.parse). */
export const pollutionText: fc.Arbitrary<string> = fc
  .record({ key: fc.constantFrom('__proto__', 'constructor', 'prototype'), nested: fc.boolean() })
  .map(({ key, nested }) => (nested ? `{"constructor":{"prototype":{"polluted":true}},"${key}":{"polluted":true}}` : `{"${key}":{"polluted":true}}`));

/** The valid body `valid` with one field set to a hostile value, or a hostile key added (raw JSON text). */
export function mutatedBodyText(valid: Record<string, unknown>): fc.Arbitrary<string> {
  const keys = Object.keys(valid);
  const withField = (key: string, valueText: string) => {
    const rest = Object.entries(valid)
      .filter(([k]) => k !== key)
      .map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`);
    return `{${[...rest, `${JSON.stringify(key)}:${valueText}`].join(',')}}`;
  };
  const replaced = keys.length === 0 ? [] : [fc.tuple(fc.constantFrom(...keys), fc.oneof(hostileScalarText, deepJsonText)).map(([k, v]) => withField(k, v))];
  return fc.oneof(
    ...replaced,
    fc.tuple(fc.constantFrom(...NASTY_KEYS), hostileScalarText).map(([k, v]) => withField(k, v)),
    fc.tuple(fc.string({ maxLength: 12 }), hostileScalarText).map(([k, v]) => withField(k, v)),
  );
}

/** A body text that is not a valid request at all: not JSON, not an object, truncated, huge, deep, polluted. */
export const garbageBodyText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('', ' ', '{', '}', '{"a":', 'null', '[]', '"x"', '0', 'undefined', '{a:1}', "{'a':1}", '{"a":1,}', '\u0000', '\ufeff{}', '{"a":1}{"b":2}'),
  hostileScalarText,
  deepJsonText,
  pollutionText,
  anyJsonText,
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.integer({ min: 1_000_000, max: 1_200_000 }).map((n) => `{"description":"${'a'.repeat(n)}"}`),
);

/** A `sort` query value (JSON text or not). */
export const sortParam: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(fc.constantFrom('id', 'status', 'repairCost', 'adjudication', '__proto__', 'constructor', 'a.b.c', '', 'holder.phone'), fc.constantFrom('ASC', 'DESC', 'asc', 'up', '', 'DROP')).map((s) => JSON.stringify(s)),
  anyJsonText,
  fc.constantFrom('["id"]', '["id","ASC","x"]', '[1,2]', '{"field":"id"}', 'id', '["id",', 'null'),
);

/** A `range` query value. */
export const rangeParam: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(fc.constantFrom(...RAW_NUMBERS, '0', '24', '1e9', 'null', '"0"', '[]'), fc.constantFrom(...RAW_NUMBERS, '0', '24', '9', '1e9', 'null', '"9"')).map(([a, b]) => `[${a},${b}]`),
  fc.tuple(fc.integer({ min: -10, max: 2_000_000 }), fc.integer({ min: -10, max: 2_000_000 })).map((r) => JSON.stringify(r)),
  anyJsonText,
  fc.constantFrom('[0]', '[0,1,2]', '0-24', '[', 'null', '{}'),
);

/** A `filter` query value: real field names with hostile operands, unknown fields, pollution. */
export const filterParam: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(
      fc.constantFrom('id', 'q', 'status', 'repairCost_gte', 'incidentDate_lt', 'flags', 'policyId', 'assigneeId', 'plan', 'recordId', 'claimId', 'x_neq', '_gte', 'status_in', 'adjudication.payout'),
      fc.oneof(hostileScalarText, fc.constant('[1,"a",null,{}]')),
    )
    .map(([k, v]) => `{${JSON.stringify(k)}:${v}}`),
  pollutionText,
  deepJsonText,
  anyJsonText,
  fc.constantFrom('{', 'q=1', '[]', 'null', '{"q":"(((((((((("}', '{"q":"\\\\"}', '{"q":".*"}'),
);

/** A query string of list parameters (some missing, some repeated, some not even JSON). */
export const listQueryString: fc.Arbitrary<string> = fc
  .record({ sort: fc.option(sortParam), range: fc.option(rangeParam), filter: fc.option(filterParam), extra: fc.option(fc.tuple(fc.string({ maxLength: 8 }), fc.string({ maxLength: 20 }))) })
  .map(({ sort, range, filter, extra }) => {
    const params = new URLSearchParams();
    if (sort !== null) params.append('sort', sort);
    if (range !== null) params.append('range', range);
    if (filter !== null) params.append('filter', filter);
    if (extra !== null) params.append(extra[0], extra[1]);
    return params.toString();
  });

/** A record id as it could appear in a path (already percent-encoded where a client would encode it). */
export const hostileId: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('..', '.', '%2e%2e', '..%2F..%2Fauth%2Flogin', '..%2f..%2fclaims', '%00', '%2F', '%5C..%5C', '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'c-0001%00', 'C-0001', 'c-00001', 'c-0001%20', '%20c-0001', '%20', 'null', 'undefined', '0', '-1', '1e309', 'NaN', '%E2%80%AE', '%F0%9F%92%A5', '%EF%BF%BF'),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }).map(encodeURIComponent),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 20 }).map(encodeURIComponent),
  fc.integer({ min: 1_000, max: 20_000 }).map((n) => 'c'.repeat(n)),
);

/** A Content-Type header value that may lie about the body. */
export const contentTypeHeader: fc.Arbitrary<string | null> = fc.constantFrom(
  null,
  'application/json',
  'application/json; charset=utf-16',
  'text/plain',
  'text/html',
  'application/xml',
  'application/x-www-form-urlencoded',
  'multipart/form-data',
  'multipart/form-data; boundary=zzz',
  'image/jpeg',
  'application/octet-stream',
  'application/json; charset=utf-8; boundary=x',
  '*/*',
  '',
  'json',
);

/** An Idempotency-Key header value, valid or odd. */
export const idempotencyKeyHeader: fc.Arbitrary<string | null> = fc.oneof(
  fc.constantFrom(null, '', ' ', '\t', 'a b', 'k'.repeat(256), 'k'.repeat(100_000), '鍵', '\u00e9', 'null', '__proto__', 'constructor', '../../x', '"quoted"', 'key,other'),
  fc.uuid(),
  fc.string({ unit: 'binary', maxLength: 30 }),
);

/** An Authorization header value that is not a valid bearer token (or none). */
export const badAuthorizationHeader: fc.Arbitrary<string | null> = fc.oneof(
  fc.constantFrom(null, '', 'Bearer', 'Bearer ', 'Bearer null', 'Basic c2F0bzpkZW1v', 'bearer', 'Token abc', 'Bearer mock.sato.0.x', 'Bearer mock.sato.zzzzzzzzzzzz.AAAA', 'Bearer mock..1.a', 'Bearer mock.__proto__.1.a', 'Bearer a.b.c.d.e', 'Bearer ' + 'x'.repeat(10_000)),
  fc.string({ maxLength: 60 }).map((s) => `Bearer ${s}`),
  fc.string({ unit: 'binary', maxLength: 60 }),
);

/** An HTTP method, including ones the route does not serve. */
export const methodArb: fc.Arbitrary<string> = fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS');
