/**
 * Links that prove a person reads an address: the user id, an expiry and an HMAC (keyed by the session secret) over
 * both and the address itself, so a link dies when the account's address changes, and no table is needed.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { authSecret } from './config';

const LINK_LIFETIME_MS = 48 * 3600 * 1000;

function signature(userId: string, expires: number, email: string): string {
  return createHmac('sha256', authSecret()).update(`verify-email:${userId}:${expires}:${email}`).digest('base64url');
}

export function verificationToken(user: { id: string; email: string }, now = Date.now()): string {
  const expires = now + LINK_LIFETIME_MS;
  return `${user.id}.${expires}.${signature(user.id, expires, user.email)}`;
}

/** The user id a token was made for, when it is well formed; check it with `tokenMatches` against the user's row. */
export function tokenUserId(token: string): string | null {
  const [userId] = token.split('.');
  return userId && /^[0-9a-f-]{36}$/i.test(userId) ? userId : null;
}

export function tokenMatches(token: string, user: { id: string; email: string }, now = Date.now()): boolean {
  const [userId, expiresText, given] = token.split('.');
  const expires = Number(expiresText);
  if (userId !== user.id || !Number.isFinite(expires) || expires < now || !given) return false;
  const expected = Buffer.from(signature(user.id, expires, user.email));
  const actual = Buffer.from(given);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
