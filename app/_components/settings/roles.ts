import type { Role } from '@/app/gql/graphql';

export const ROLE_OPTIONS: Role[] = ['OWNER', 'ADMIN', 'MEMBER', 'VIEWER'];
const rank: Record<Role, number> = { VIEWER: 0, MEMBER: 1, ADMIN: 2, OWNER: 3 };

/** The roles someone may hand out: their own and below (the server enforces the same rule). */
export function grantableRoles(own: Role): Role[] {
  return ROLE_OPTIONS.filter((r) => rank[r] <= rank[own]);
}

export function roleLabel(role: Role) {
  return role.charAt(0) + role.slice(1).toLowerCase();
}
