import { GraphQLError } from 'graphql';
import { httpStatus, type DomainError } from '../errors';

/** A domain error as GraphQL reports it: its code and details in `extensions`. */
export const extensionsOf = (error: DomainError) => ({ code: error.code, ...error.details });

/**
 * A domain error raised before execution (by the document guards), as a GraphQLError carrying its HTTP status:
 * Apollo answers 500 for any other error at that stage.
 */
export function refusal(error: DomainError): GraphQLError {
  return new GraphQLError(error.message, {
    originalError: error,
    extensions: { ...extensionsOf(error), http: { status: httpStatus(error.code) } },
  });
}
