/**
 * The domain's failures, one class per meaning a caller can act on. They know no transport: GraphQL maps them to
 * `extensions` (server/graphql/errors.ts), the HTTP endpoints to statuses (server/http/requests.ts) and the tracking
 * API to MLflow's error codes (server/http/tracking/responses.ts).
 */
export const errorCodes = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'ALREADY_EXISTS',
  'PAYLOAD_TOO_LARGE',
  'LIMIT_EXCEEDED',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** What locates or qualifies the failure for the caller: the field, a line, when to retry. */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(message = 'Sign in, or send an API token as `Authorization: Bearer <token>`.') {
    super('UNAUTHENTICATED', message);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message: string) {
    super('FORBIDDEN', message);
  }
}

/** Also what another team's object answers: its existence is not revealed. */
export class NotFoundError extends DomainError {
  constructor(what: string) {
    super('NOT_FOUND', `${what} not found.`);
  }
}

export class InvalidInputError extends DomainError {
  /** `extra` locates the problem further, e.g. the line and column of a bad file. */
  constructor(message: string, field?: string, extra: Record<string, unknown> = {}) {
    super('BAD_USER_INPUT', message, { ...(field && { field }), ...extra });
  }
}

/** A name or id that must be unique is taken. */
export class AlreadyExistsError extends DomainError {
  constructor(message: string) {
    super('ALREADY_EXISTS', message);
  }
}

/** A request body over its limit, refused before it is read whole. */
export class PayloadTooLargeError extends DomainError {
  constructor(message: string) {
    super('PAYLOAD_TOO_LARGE', message);
  }
}

/**
 * A limit is reached (a team's queued runs, uploads at once, a rate): the same request succeeds later. `retryAfter`
 * (seconds), when known, becomes the HTTP `Retry-After` header and `extensions.retryAfter`.
 */
export class LimitExceededError extends DomainError {
  constructor(message: string, retryAfter?: number) {
    super('LIMIT_EXCEEDED', message, retryAfter === undefined ? {} : { retryAfter: Math.max(1, Math.ceil(retryAfter)) });
  }
}

const HTTP_STATUS: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  ALREADY_EXISTS: 409,
  PAYLOAD_TOO_LARGE: 413,
  LIMIT_EXCEEDED: 429,
};

/** The `Retry-After` header an error's details ask for, if any. */
export const retryAfterHeader = (details: Record<string, unknown>): HeadersInit | undefined =>
  details.retryAfter ? { 'retry-after': String(details.retryAfter) } : undefined;

/** The HTTP status of an error code, for the endpoints that answer with one (500 for an unexpected error). */
export const httpStatus = (code: string): number => HTTP_STATUS[code as ErrorCode] ?? 500;
