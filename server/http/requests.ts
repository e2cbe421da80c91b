/** What the non-GraphQL endpoints share: the caller's scope, and errors as JSON with their HTTP status. */
import type { Database } from '../../db/client';
import { principalFromRequest } from '../auth/principal';
import { DomainError, httpStatus, PayloadTooLargeError, retryAfterHeader } from '../errors';
import { TEAM_HEADER } from '../graphql/context';
import { resolveScope, type Scope } from '../tenancy/scope';
import { log } from '../../lib/log';

/** Authenticates like GraphQL; the team comes from the header, or a `team` query parameter (links cannot set headers). */
export async function scopeOf(db: Database, request: Request): Promise<Scope> {
  const team = request.headers.get(TEAM_HEADER) ?? new URL(request.url).searchParams.get('team');
  return resolveScope(db, await principalFromRequest(db, request), team);
}

export function errorBody(error: unknown) {
  if (error instanceof DomainError) return { message: error.message, code: error.code, ...error.details };
  log.error({ err: error }, 'unexpected request error');
  return { message: 'Internal server error', code: 'INTERNAL_SERVER_ERROR' };
}

export function errorResponse(error: unknown): Response {
  const body = errorBody(error);
  return Response.json({ error: body }, { status: httpStatus(String(body.code)), headers: retryAfterHeader(body) });
}

/** A download: an ASCII fallback name for old clients, the exact one for the rest, and no content sniffing. */
export function attachmentHeaders(filename: string, contentType: string, bytes?: number): HeadersInit {
  const ascii = filename.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return {
    'content-type': contentType,
    // Left out for a streamed body, whose length is known only at its end.
    ...(bytes !== undefined && { 'content-length': String(bytes) }),
    'content-disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`,
    'x-content-type-options': 'nosniff',
  };
}

/**
 * A request's body, refused as soon as it is known to be over `limit` bytes: by its Content-Length before anything is
 * read, else while it streams in.
 */
export async function readBody(request: Request, limit: number): Promise<Buffer> {
  const declared = Number(request.headers.get('content-length') ?? NaN);
  const tooLarge = () => new PayloadTooLargeError(`the request body is larger than the limit of ${limit} bytes`);
  if (declared > limit) throw tooLarge();
  if (!request.body) return Buffer.alloc(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, size);
}
