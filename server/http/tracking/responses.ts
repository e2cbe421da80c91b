/** MLflow's wire conventions: its error bodies and statuses, and JSON that carries NaN and infinities as strings. */
import { DomainError, type ErrorCode } from '../../errors';
import { log } from '../../../lib/log';

/** MLflow's error codes for Phaselab's, with the HTTP statuses MLflow answers them with. */
const MLFLOW_ERRORS: Record<ErrorCode, { errorCode: string; status: number }> = {
  NOT_FOUND: { errorCode: 'RESOURCE_DOES_NOT_EXIST', status: 404 },
  BAD_USER_INPUT: { errorCode: 'INVALID_PARAMETER_VALUE', status: 400 },
  ALREADY_EXISTS: { errorCode: 'RESOURCE_ALREADY_EXISTS', status: 400 },
  FORBIDDEN: { errorCode: 'PERMISSION_DENIED', status: 403 },
  UNAUTHENTICATED: { errorCode: 'UNAUTHENTICATED', status: 401 },
  PAYLOAD_TOO_LARGE: { errorCode: 'REQUEST_LIMIT_EXCEEDED', status: 413 },
  LIMIT_EXCEEDED: { errorCode: 'RESOURCE_EXHAUSTED', status: 429 },
};

export class TrackingError extends Error {
  constructor(
    readonly errorCode: string,
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

export const badRequest = (message: string) => new TrackingError('BAD_REQUEST', message, 400);

/** JSON.stringify turns NaN and ±Infinity into null; MLflow's protobuf JSON writes them as strings. */
const finiteOrString = (_: string, value: unknown) => (typeof value === 'number' && !Number.isFinite(value) ? String(value) : value);

export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body, finiteOrString), { status, headers: { 'content-type': 'application/json' } });
}

export function trackingErrorResponse(error: unknown): Response {
  if (error instanceof TrackingError) return json({ error_code: error.errorCode, message: error.message }, error.status);
  if (error instanceof DomainError) {
    const mapped = MLFLOW_ERRORS[error.code];
    return json({ error_code: mapped.errorCode, message: error.message }, mapped.status);
  }
  log.error({ err: error }, 'unexpected tracking API error');
  return json({ error_code: 'INTERNAL_ERROR', message: 'Internal server error' }, 500);
}
