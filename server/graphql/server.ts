import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { unwrapResolverError } from '@apollo/server/errors';
import { DomainError } from '../errors';
import { extensionsOf } from './errors';
import { documentGuards } from './guards';
import type { GraphQLContext } from './context';
import { typeDefs } from './schema';
import { resolvers } from './resolvers';
import { log } from '../../lib/log';

// Depth, cost and alias limits: no single query may make the server walk the whole database.
const armor = new ApolloArmor({
  maxDepth: { n: 10 },
  costLimit: { maxCost: 5000 },
  maxAliases: { n: 20 },
  blockFieldSuggestion: { enabled: process.env.NODE_ENV === 'production' },
});

export function createApolloServer(extraPlugins: ApolloServerPlugin<GraphQLContext>[] = []) {
  const protection = armor.protect();
  return new ApolloServer<GraphQLContext>({
    ...protection,
    typeDefs,
    resolvers,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    plugins: [...protection.plugins, documentGuards, ApolloServerPluginLandingPageDisabled(), ...extraPlugins],
    validationRules: [...protection.validationRules],
    formatError(formatted, error) {
      const original = unwrapResolverError(error);
      if (original instanceof DomainError) return { ...formatted, message: original.message, extensions: extensionsOf(original) };
      if (!(original instanceof Error) || formatted.extensions?.code !== 'INTERNAL_SERVER_ERROR') return formatted;
      // An unexpected failure: log it whole, tell the caller only that it happened.
      log.error({ err: original }, 'unexpected GraphQL error');
      return { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    },
  });
}
