import type { Locale, Me } from '@footprint/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createWorkspace, getWorkspace, patchMe, patchWorkspace, switchWorkspace } from '../api';
import { qk } from '../query-keys';

export function useWorkspace() {
  return useQuery({ queryKey: qk.workspace, queryFn: getWorkspace });
}

export function useUpdateWorkspace() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { name: string; timeZone: string; locale: Locale }) => patchWorkspace(v),
    onSuccess: (ws) => {
      qc.setQueryData(qk.workspace, ws);
      // The switcher and date formatting read the workspace from `me`.
      void qc.invalidateQueries({ queryKey: qk.me });
    },
  });
}

/** Everything cached belongs to one workspace: after a switch it is dropped and fetched again. */
function useAfterWorkspaceChange() {
  const qc = useQueryClient();
  return (me: Me) => {
    qc.setQueryData(qk.me, me);
    void qc.resetQueries({ predicate: (q) => q.queryKey[0] !== 'me' && q.queryKey[0] !== 'setup' });
  };
}

export function useSwitchWorkspace() {
  const after = useAfterWorkspaceChange();
  return useMutation({ mutationFn: (workspaceId: string) => switchWorkspace(workspaceId), onSuccess: after });
}

export function useCreateWorkspace() {
  const after = useAfterWorkspaceChange();
  return useMutation({
    mutationFn: (v: { name: string; timeZone: string; locale: Locale }) => createWorkspace(v),
    onSuccess: after,
  });
}

export function useUpdateProfile() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { name: string; locale: Locale }) => patchMe(v),
    onSuccess: (me) => qc.setQueryData(qk.me, me),
  });
}
