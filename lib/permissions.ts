/**
 * The one permission table: which role may do what in a team. The server throws when a permission is
 * missing; the UI reads the same list (Team.permissions) to hide what a role cannot do.
 */
export const roles = ['owner', 'admin', 'member', 'viewer'] as const;
export type Role = (typeof roles)[number];

export const permissions = [
  'team:read',
  'team:update',
  'members:read',
  'members:manage',
  'tokens:create',
  'tokens:manage',
  'audit:read',
  'workers:check',
  'datasets:read',
  'datasets:write',
  'datasets:delete',
  'runs:read',
  'runs:create',
  'runs:annotate',
  'rules:write',
] as const;
export type Permission = (typeof permissions)[number];

const viewer: Permission[] = ['team:read', 'members:read', 'tokens:create', 'datasets:read', 'runs:read'];
const member: Permission[] = [...viewer, 'workers:check', 'datasets:write', 'runs:create', 'runs:annotate', 'rules:write'];
const admin: Permission[] = [...member, 'team:update', 'members:manage', 'tokens:manage', 'audit:read', 'datasets:delete'];
const owner: Permission[] = [...admin];

export const rolePermissions: Record<Role, readonly Permission[]> = { owner, admin, member, viewer };

export function hasPermission(role: Role, permission: Permission): boolean {
  return rolePermissions[role].includes(permission);
}

const rank: Record<Role, number> = { viewer: 0, member: 1, admin: 2, owner: 3 };

export function roleAtMost(role: Role, ceiling: Role): boolean {
  return rank[role] <= rank[ceiling];
}

export function lowerRole(a: Role, b: Role): Role {
  return rank[a] <= rank[b] ? a : b;
}
