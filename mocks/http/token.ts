/**
 * The mock API's bearer tokens: `mock.<userId>.<issuedAt>.<signature>`, where `issuedAt` is the
 * issue time in milliseconds (base 36) and `signature` the base64url HMAC-SHA-256 of
 * `mock.<userId>.<issuedAt>` under a FIXED, PUBLIC mock secret (Web Crypto: Node 20 and browsers).
 *
 * MOCK ONLY: anyone who reads this file can mint a token. The point is that a token is verifiable
 * without server-side session state, so a signed-in user stays signed in across a browser reload
 * (the mock's memory is lost, the token in localStorage is not). A real API issues its own tokens.
 */

/** The fixed secret the mock signs tokens with. Public on purpose: this is a mock. */
export const MOCK_TOKEN_SECRET = 'bm-claims-mock-secret/not-a-real-secret';

/** How long a token is valid: 7 days, in milliseconds. */
export const TOKEN_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;

const PREFIX = 'mock';
const USER_ID = /^[A-Za-z0-9_-]+$/;

let keyPromise: Promise<CryptoKey> | undefined;

function signingKey(): Promise<CryptoKey> {
  keyPromise ??= crypto.subtle.importKey('raw', new TextEncoder().encode(MOCK_TOKEN_SECRET), { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
  ]);
  return keyPromise;
}

function base64url(bytes: ArrayBuffer): string {
  let binary = '';
  for (const byte of new Uint8Array(bytes)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

async function signature(payload: string): Promise<string> {
  return base64url(await crypto.subtle.sign('HMAC', await signingKey(), new TextEncoder().encode(payload)));
}

/**
 * A token for `userId` issued at `issuedAt` (ms since the epoch). Throws RangeError when the id has
 * characters other than letters, digits, `_` and `-` (mock user ids never do).
 */
export async function issueToken(userId: string, issuedAt: number = Date.now()): Promise<string> {
  if (!USER_ID.test(userId)) throw new RangeError(`Cannot issue a token for the user id ${JSON.stringify(userId)}`);
  const payload = `${PREFIX}.${userId}.${Math.floor(issuedAt).toString(36)}`;
  return `${payload}.${await signature(payload)}`;
}

/** A verified token's content. */
export interface TokenClaims {
  userId: string;
  /** Issue time, ms since the epoch. */
  issuedAt: number;
}

/**
 * The user id of a well-formed, correctly signed token that is not expired at `now` (ms), or null.
 * Never throws.
 */
export async function verifyToken(token: string, now: number = Date.now()): Promise<TokenClaims | null> {
  const parts = token.split('.');
  if (parts.length !== 4) return null;
  const [prefix, userId, issued, signed] = parts as [string, string, string, string];
  if (prefix !== PREFIX || !USER_ID.test(userId) || !/^[0-9a-z]+$/.test(issued)) return null;
  const issuedAt = parseInt(issued, 36);
  if (!Number.isSafeInteger(issuedAt) || issuedAt > now + 60_000 || now - issuedAt > TOKEN_LIFETIME_MS) return null;
  const expected = await signature(`${prefix}.${userId}.${issued}`);
  return expected === signed ? { userId, issuedAt } : null;
}
