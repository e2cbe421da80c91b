import { startServerAndCreateNextHandler } from '@as-integrations/next';
import { getDb, type Database } from '../../db/client';
import { createApolloServer } from './server';
import { createContext, type GraphQLContext } from './context';

/** The GraphQL endpoint as a fetch-style handler: Request in, Response out. */
export function createGraphQLHandler(database: () => Database = getDb): (request: Request) => Promise<Response> {
  const handler = startServerAndCreateNextHandler<Request, GraphQLContext>(createApolloServer(), {
    context: (request) => createContext(database(), request),
  });
  return (request) => handler(request);
}
