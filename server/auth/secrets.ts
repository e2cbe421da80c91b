import { createHash, randomBytes } from 'node:crypto';

/**
 * Secrets we hand out (API tokens, invitation, share and sign-up links) carry 256 random bits, so a plain SHA-256 is the
 * right stored form: nothing to brute-force, and lookup by hash stays an index scan.
 */
export function newSecret(prefix: string): string {
  return `${prefix}${randomBytes(32).toString('base64url')}`;
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export const API_TOKEN_PREFIX = 'phl_';
export const INVITATION_PREFIX = 'inv_';
export const SHARE_PREFIX = 'shr_';
export const SIGN_UP_PREFIX = 'sgn_';
