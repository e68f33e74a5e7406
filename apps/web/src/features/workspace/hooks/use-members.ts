import type { MemberQuery, Role } from '@footprint/core';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createInvitation, listInvitations, listMembers, patchMember, removeMember, revokeInvitation, type InviteRole } from '../api';
import { qk } from '../query-keys';

export function useMembers(q: MemberQuery, enabled = true) {
  return useQuery({ queryKey: qk.members(q), queryFn: () => listMembers(q), placeholderData: keepPreviousData, enabled });
}

export function useUpdateMember() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { userId: string; role?: Role; departmentId?: string | null }) =>
      patchMember(v.userId, { role: v.role, departmentId: v.departmentId }),
    onSettled: () => {
      void qc.invalidateQueries({ queryKey: qk.membersAll });
      void qc.invalidateQueries({ queryKey: qk.departments });
    },
  });
}

export function useRemoveMember() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (userId: string) => removeMember(userId),
    onSettled: () => {
      void qc.invalidateQueries({ queryKey: qk.membersAll });
      void qc.invalidateQueries({ queryKey: qk.departments });
    },
  });
}

export function useInvitations(enabled = true) {
  return useQuery({ queryKey: qk.invitations, queryFn: listInvitations, enabled });
}

export function useCreateInvitation() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { email: string; role: InviteRole; departmentId: string | null }) => createInvitation(v),
    onSuccess: () => void qc.invalidateQueries({ queryKey: qk.invitations }),
  });
}

export function useRevokeInvitation() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => revokeInvitation(id),
    onSettled: () => void qc.invalidateQueries({ queryKey: qk.invitations }),
  });
}
