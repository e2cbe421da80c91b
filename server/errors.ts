import { GraphQLError } from 'graphql';

/** One error class per meaning a caller can act on; GraphQL exposes the code in `extensions.code`. */
export type ErrorCode =
  'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT' | 'ALREADY_EXISTS' | 'PAYLOAD_TOO_LARGE' | 'LIMIT_EXCEEDED';

export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extra } });
  }
}

export class UnauthenticatedError extends AppError {
  constructor(message = 'Sign in, or send an API token as `Authorization: Bearer <token>`.') {
    super('UNAUTHENTICATED', message);
  }
}

export class ForbiddenError extends AppError {
  constructor(message: string) {
    super('FORBIDDEN', message);
  }
}

/** Also what another team's object answers: its existence is not revealed. */
export class NotFoundError extends AppError {
  constructor(what: string) {
    super('NOT_FOUND', `${what} not found.`);
  }
}

export class InvalidInputError extends AppError {
  /** `extra` locates the problem further, e.g. the line and column of a bad file. */
  constructor(message: string, field?: string, extra: Record<string, unknown> = {}) {
    super('BAD_USER_INPUT', message, { ...(field && { field }), ...extra });
  }
}

/** A name or id that must be unique is taken. */
export class AlreadyExistsError extends AppError {
  constructor(message: string) {
    super('ALREADY_EXISTS', message);
  }
}

/** A request body over its limit, refused before it is read whole. */
export class PayloadTooLargeError extends AppError {
  constructor(message: string) {
    super('PAYLOAD_TOO_LARGE', message);
  }
}

/**
 * A limit is reached (a team's queued runs, uploads at once, a rate): the same request succeeds later. `retryAfter`
 * (seconds), when known, becomes the HTTP `Retry-After` header and `extensions.retryAfter`.
 */
export class LimitExceededError extends AppError {
  constructor(message: string, retryAfter?: number) {
    super('LIMIT_EXCEEDED', message, retryAfter === undefined ? {} : { retryAfter: Math.max(1, Math.ceil(retryAfter)) });
  }
}

const HTTP_STATUS: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  ALREADY_EXISTS: 409,
  PAYLOAD_TOO_LARGE: 413,
  LIMIT_EXCEEDED: 429,
};

/** The `Retry-After` header an error asks for, if any. */
export const retryAfterHeader = (error: { extensions: Record<string, unknown> }): HeadersInit | undefined =>
  error.extensions.retryAfter ? { 'retry-after': String(error.extensions.retryAfter) } : undefined;

/** The HTTP status of an error code, for the endpoints that answer with one (500 for an unexpected error). */
export const httpStatus = (code: string): number => HTTP_STATUS[code] ?? 500;
