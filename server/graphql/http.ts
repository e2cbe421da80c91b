import { startServerAndCreateNextHandler } from '@as-integrations/next';
import { getDb, type Database } from '../../db/client';
import { AppError } from '../errors';
import { readBody } from '../http/requests';
import { createApolloServer } from './server';
import { createContext, type GraphQLContext } from './context';

/** The largest GraphQL request body, refused before it is parsed: operations and variables are small things. */
function maxBodyBytes(): number {
  const limit = Number(process.env.PHASELAB_MAX_GRAPHQL_BYTES ?? 1024 * 1024);
  if (!(limit > 0)) throw new Error('PHASELAB_MAX_GRAPHQL_BYTES must be a positive number of bytes');
  return limit;
}

/** The endpoint's own refusals, in GraphQL's error shape with a fitting HTTP status. */
function refusal(error: AppError, status: number): Response {
  return Response.json({ errors: [{ message: error.message, extensions: error.extensions }] }, { status });
}

/** The GraphQL endpoint as a fetch-style handler: Request in, Response out. */
export function createGraphQLHandler(database: () => Database = getDb): (request: Request) => Promise<Response> {
  const handler = startServerAndCreateNextHandler<Request, GraphQLContext>(createApolloServer(), {
    context: (request) => createContext(database(), request),
  });
  const limit = maxBodyBytes();
  return async (request) => {
    if (request.method !== 'POST') return handler(request);
    let body: Buffer;
    try {
      body = await readBody(request, limit);
    } catch (error) {
      if (error instanceof AppError) return refusal(error, 413);
      throw error;
    }
    return handler(new Request(request.url, { method: 'POST', headers: request.headers, body: new Uint8Array(body) }));
  };
}
