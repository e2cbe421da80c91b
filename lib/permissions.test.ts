import { describe, expect, it } from 'vitest';
import { hasPermission, lowerRole, permissions, roleAtMost, rolePermissions, roles } from './permissions';

describe('permission table', () => {
  it('each role can do everything the role below it can', () => {
    for (let i = 1; i < roles.length; i++) {
      const higher = rolePermissions[roles[i - 1]!];
      for (const permission of rolePermissions[roles[i]!]) expect(higher).toContain(permission);
    }
  });

  it('viewers only read, and only admins and owners manage people and read the audit log', () => {
    expect(hasPermission('viewer', 'workers:check')).toBe(false);
    expect(hasPermission('member', 'members:manage')).toBe(false);
    expect(hasPermission('admin', 'members:manage')).toBe(true);
    expect(hasPermission('member', 'audit:read')).toBe(false);
  });

  it('every permission is held by the owner', () => {
    for (const permission of permissions) expect(hasPermission('owner', permission)).toBe(true);
  });

  it('compares roles by rank', () => {
    expect(roleAtMost('admin', 'owner')).toBe(true);
    expect(roleAtMost('owner', 'admin')).toBe(false);
    expect(lowerRole('owner', 'viewer')).toBe('viewer');
  });
});
