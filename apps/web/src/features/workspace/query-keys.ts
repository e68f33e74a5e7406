import type { MemberQuery } from '@footprint/core';

/** One place for cache keys, so live events and mutations invalidate the same things. */
export const qk = {
  setup: ['setup'] as const,
  me: ['me'] as const,
  workspace: ['workspace'] as const,
  membersAll: ['members'] as const,
  members: (q: MemberQuery) => ['members', q] as const,
  invitations: ['invitations'] as const,
  invitationPreview: (token: string) => ['invitation-preview', token] as const,
  departments: ['departments'] as const,
  keys: ['keys'] as const,
  job: (id: string) => ['job', id] as const,
};
