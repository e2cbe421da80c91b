'use client';

import { useMutation, useQuery, useQueryClient, type UseQueryOptions } from '@tanstack/react-query';
import type { TypedDocumentString } from '@/app/gql/graphql';
import { useTeamSlug } from './team';

export interface ApiError {
  message: string;
  extensions?: { code?: string; field?: string };
}

/** What the API answered instead of data; carries the code and, for bad input, the field. */
export class GraphQLRequestError extends Error {
  constructor(readonly errors: ApiError[]) {
    super(errors[0]?.message ?? 'Request failed');
  }
  get code() {
    return this.errors[0]?.extensions?.code;
  }
  get field() {
    return this.errors[0]?.extensions?.field;
  }
}

/** The UI talks to the same /api/graphql that scripts use, naming the team from its URL. */
export async function gqlFetch<R, V>(document: TypedDocumentString<R, V>, variables: V, team: string | null): Promise<R> {
  const response = await fetch('/api/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(team ? { 'x-phaselab-team': team } : {}) },
    body: JSON.stringify({ query: document.toString(), variables }),
  });
  const body = (await response.json().catch(() => null)) as { data?: R; errors?: ApiError[] } | null;
  if (!body) throw new GraphQLRequestError([{ message: `The server answered ${response.status}` }]);
  if (body.errors?.length) throw new GraphQLRequestError(body.errors);
  return body.data as R;
}

export function useGqlQuery<R, V>(
  document: TypedDocumentString<R, V>,
  variables: V,
  options: Omit<UseQueryOptions<R, GraphQLRequestError>, 'queryKey' | 'queryFn'> = {},
) {
  const team = useTeamSlug();
  return useQuery<R, GraphQLRequestError>({
    queryKey: [document.toString(), team, variables],
    queryFn: () => gqlFetch(document, variables, team),
    ...options,
  });
}

/** A mutation that refreshes every query once it lands, so lists never show stale rows. */
export function useGqlMutation<R, V>(document: TypedDocumentString<R, V>) {
  const team = useTeamSlug();
  const queryClient = useQueryClient();
  return useMutation<R, GraphQLRequestError, V>({
    mutationFn: (variables) => gqlFetch(document, variables, team),
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
