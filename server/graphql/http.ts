import { startServerAndCreateNextHandler } from '@as-integrations/next';
import { getDb, type Database } from '../../db/client';
import { principalFromRequest } from '../auth/principal';
import { DomainError, httpStatus, retryAfterHeader } from '../errors';
import { extensionsOf } from './errors';
import { clientIp } from '../http/clientIp';
import { countTowardsLimit } from '../rateLimits';
import type { Principal } from '../tenancy/scope';
import { readBody } from '../http/requests';
import { createApolloServer } from './server';
import { createContext, type GraphQLContext } from './context';

/** The largest GraphQL request body, refused before it is parsed: operations and variables are small things. */
function maxBodyBytes(): number {
  const limit = Number(process.env.PHASELAB_MAX_GRAPHQL_BYTES ?? 1024 * 1024);
  if (!(limit > 0)) throw new Error('PHASELAB_MAX_GRAPHQL_BYTES must be a positive number of bytes');
  return limit;
}

/** The endpoint's own refusals, in GraphQL's error shape with the HTTP status of their code. */
function refusal(error: DomainError): Response {
  return Response.json(
    { errors: [{ message: error.message, extensions: extensionsOf(error) }] },
    { status: httpStatus(error.code), headers: retryAfterHeader(error.details) },
  );
}

/** Who sent a request, found once at the edge and handed on to the context. */
const principals = new WeakMap<Request, Principal>();

/**
 * The GraphQL endpoint as a fetch-style handler: Request in, Response out. Before Apollo sees a request, its body is
 * held to the size limit and its sender (user, token or anonymous address) to the request rate.
 */
export function createGraphQLHandler(database: () => Database = getDb): (request: Request) => Promise<Response> {
  const handler = startServerAndCreateNextHandler<Request, GraphQLContext>(createApolloServer(), {
    context: async (request) =>
      createContext(database(), request, principals.get(request) ?? (await principalFromRequest(database(), request))),
  });
  const limit = maxBodyBytes();
  return async (request) => {
    const db = database();
    let forwarded = request;
    try {
      if (request.method === 'POST') {
        const body = await readBody(request, limit);
        forwarded = new Request(request.url, { method: 'POST', headers: request.headers, body: new Uint8Array(body) });
      }
      const principal = await principalFromRequest(db, forwarded);
      await countTowardsLimit(db, 'GRAPHQL', principalKey(principal, forwarded));
      principals.set(forwarded, principal);
    } catch (error) {
      if (error instanceof DomainError) return refusal(error);
      throw error;
    }
    return handler(forwarded);
  };
}

function principalKey(principal: Principal, request: Request): string {
  if (principal.kind === 'token') return `token:${principal.tokenId}`;
  if (principal.kind === 'user') return `user:${principal.user.id}`;
  return `ip:${clientIp(request)}`;
}
