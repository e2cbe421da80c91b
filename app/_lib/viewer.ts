'use client';

import { graphql } from '@/app/gql';
import { useGqlQuery } from './graphql';

const ViewerQuery = graphql(`
  query Viewer {
    viewer {
      user {
        id
        email
        name
      }
      memberships {
        role
        team {
          id
          slug
          name
        }
      }
    }
  }
`);

/** The signed-in user and their teams; `viewer` is null when nobody is signed in. */
export function useViewer() {
  return useGqlQuery(ViewerQuery, {});
}
