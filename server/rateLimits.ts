/**
 * Rate limits, counted in Postgres (rate-limiter-flexible's Drizzle store), so that every web process shares them.
 * Guesses are counted where they fail (a wrong password, an unknown token or share link): people who get it right
 * are never slowed down. Each limit can be changed by PHASELAB_RATE_<NAME>=<points>/<seconds>.
 */
import { RateLimiterDrizzle, RateLimiterRes } from 'rate-limiter-flexible';
import type { Database } from '../db/client';
import { rateLimits } from '../db/schema';
import { LimitExceededError, NotFoundError } from './errors';

const LIMITS = {
  /** Wrong passwords for one account from one address. */
  SIGNIN_ACCOUNT_IP: { points: 10, seconds: 15 * 60, what: 'Too many failed sign-ins for this account' },
  /** Wrong passwords for one account from anywhere: loose, so that a few addresses cannot lock its owner out. */
  SIGNIN_ACCOUNT: { points: 100, seconds: 15 * 60, what: 'Too many failed sign-ins for this account' },
  /** Wrong passwords from one address, for any accounts. */
  SIGNIN_IP: { points: 50, seconds: 15 * 60, what: 'Too many failed sign-ins from your address' },
  SIGNUP_IP: { points: 10, seconds: 60 * 60, what: 'Too many sign-ups from your address' },
  /** Unknown or revoked API tokens presented from one address. */
  TOKEN_IP: { points: 30, seconds: 60, what: 'Too many invalid API tokens from your address' },
  /** Share links that lead nowhere, from one address. */
  SHARE_IP: { points: 30, seconds: 60, what: 'Too many unknown share links from your address' },
  /** GraphQL requests of one user, token or anonymous address. */
  GRAPHQL: { points: 1200, seconds: 60, what: 'Too many API requests' },
} as const;

export type LimitName = keyof typeof LIMITS;

function settings(name: LimitName): { points: number; seconds: number } {
  const override = process.env[`PHASELAB_RATE_${name}`];
  if (!override) return LIMITS[name];
  const match = /^(\d+)\/(\d+)$/.exec(override);
  if (!match || Number(match[1]) < 1 || Number(match[2]) < 1)
    throw new Error(`PHASELAB_RATE_${name} must read <points>/<seconds>, e.g. 10/900`);
  return { points: Number(match[1]), seconds: Number(match[2]) };
}

/** Limiters per database handle (tests run several) and per setting (tests change them). */
const limiters = new WeakMap<Database, Map<string, RateLimiterDrizzle>>();
function limiter(db: Database, name: LimitName): { limiter: RateLimiterDrizzle; points: number } {
  const { points, seconds } = settings(name);
  const byName = limiters.get(db) ?? new Map<string, RateLimiterDrizzle>();
  limiters.set(db, byName);
  const key = `${name}:${points}/${seconds}`;
  let found = byName.get(key);
  if (!found)
    byName.set(
      key,
      (found = new RateLimiterDrizzle({
        storeClient: db,
        schema: rateLimits,
        keyPrefix: `${name}:${points}/${seconds}`,
        points,
        duration: seconds,
      })),
    );
  return { limiter: found, points };
}

function refusal(name: LimitName, res: RateLimiterRes): LimitExceededError {
  const seconds = Math.max(1, Math.ceil(res.msBeforeNext / 1000));
  const wait = seconds >= 120 ? `${Math.ceil(seconds / 60)} minutes` : `${seconds} s`;
  return new LimitExceededError(`${LIMITS[name].what}; try again in ${wait}.`, seconds);
}

/** Throws LIMIT_EXCEEDED when `key` has used up the limit; counts nothing. */
export async function assertUnderLimit(db: Database, name: LimitName, key: string): Promise<void> {
  const { limiter: l, points } = limiter(db, name);
  const res = await l.get(key);
  if (res && res.consumedPoints >= points) throw refusal(name, res);
}

/** Counts one use (a request, a failed guess), and throws LIMIT_EXCEEDED when it goes past the limit. */
export async function countTowardsLimit(db: Database, name: LimitName, key: string): Promise<void> {
  try {
    await limiter(db, name).limiter.consume(key);
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) throw refusal(name, rejection);
    throw rejection;
  }
}

/** Runs a lookup by a secret (a share link): past the limit it is refused, and one that finds nothing counts. */
export async function limitGuesses<T>(db: Database, name: LimitName, key: string, lookup: () => Promise<T>): Promise<T> {
  await assertUnderLimit(db, name, key);
  try {
    return await lookup();
  } catch (error) {
    if (error instanceof NotFoundError) await countTowardsLimit(db, name, key).catch(() => {});
    throw error;
  }
}

/** Gives back one use: an attempt that turned out right. */
export async function refundLimit(db: Database, name: LimitName, key: string): Promise<void> {
  await limiter(db, name).limiter.reward(key, 1);
}

/** Forgets a key's count: a right password clears the wrong ones before it. */
export async function resetLimit(db: Database, name: LimitName, key: string): Promise<void> {
  await limiter(db, name).limiter.delete(key);
}

/** The limits as they are set, for the README's table and the start log. */
export const rateLimitSettings = () => Object.fromEntries(Object.keys(LIMITS).map((name) => [name, settings(name as LimitName)]));
