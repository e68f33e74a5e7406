import { describe, expect, it } from 'vitest';
import { canAssignRole, canEditWorkspace, canImportFootprints, canManageKeys, canManageMembers, type Actor } from './permissions.js';
import { ROLES } from './roles.js';

const member = (role: (typeof ROLES)[number]): Actor => ({ kind: 'member', role });

describe('permissions', () => {
  it('lets only owners and admins manage the workspace', () => {
    expect(ROLES.filter((r) => canManageMembers(member(r)))).toEqual(['owner', 'admin']);
    expect(ROLES.filter((r) => canEditWorkspace(member(r)))).toEqual(['owner', 'admin']);
  });

  it('lets full secret keys manage members but never keys; read keys manage nothing', () => {
    expect(canManageMembers({ kind: 'key', scope: 'full' })).toBe(true);
    expect(canManageMembers({ kind: 'key', scope: 'read' })).toBe(false);
    expect(canManageKeys({ kind: 'key', scope: 'full' })).toBe(false);
    expect(canManageKeys(member('admin'))).toBe(true);
  });

  it('keeps the owner role in owners’ hands', () => {
    expect(canAssignRole(member('owner'), 'viewer', 'owner')).toBe(true);
    expect(canAssignRole(member('admin'), 'viewer', 'owner')).toBe(false);
    expect(canAssignRole(member('admin'), 'owner', 'admin')).toBe(false);
    expect(canAssignRole(member('admin'), 'agent', 'analyst')).toBe(true);
    expect(canAssignRole(member('analyst'), 'agent', 'viewer')).toBe(false);
  });

  it('lets owners, admins, analysts and full keys import files; agents, viewers and read keys cannot', () => {
    expect(ROLES.filter((r) => canImportFootprints(member(r)))).toEqual(['owner', 'admin', 'analyst']);
    expect(canImportFootprints({ kind: 'key', scope: 'full' })).toBe(true);
    expect(canImportFootprints({ kind: 'key', scope: 'read' })).toBe(false);
  });
});
