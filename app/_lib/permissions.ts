'use client';

import { graphql } from '@/app/gql';
import { useGqlQuery } from './graphql';

const ActiveTeamQuery = graphql(`
  query ActiveTeam {
    team {
      id
      slug
      name
      viewerRole
      permissions
    }
  }
`);

/** The team in the URL as the caller sees it, with what they may do there (the server's permission table). */
export function useActiveTeam() {
  const query = useGqlQuery(ActiveTeamQuery, {});
  const team = query.data?.team;
  return { ...query, team, can: (permission: string) => Boolean(team?.permissions.includes(permission)) };
}
