import type { Actor, Me, Role, Workspace } from '@footprint/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext } from 'react';
import { applyLanguage } from '../../../i18n';
import { getMe, getSetupStatus } from '../api';
import { qk } from '../query-keys';

export function useMeQuery() {
  return useQuery({ queryKey: qk.me, queryFn: getMe, staleTime: 30_000 });
}

export function useSetupStatus(enabled = true) {
  return useQuery({ queryKey: qk.setup, queryFn: getSetupStatus, staleTime: 60_000, enabled });
}

export interface Session {
  me: Me;
  workspace: Workspace;
  role: Role;
  actor: Actor;
}

export const SessionContext = createContext<Session | null>(null);

/** The signed-in person and active workspace; only inside the signed-in shell. */
export function useSession(): Session {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession outside the signed-in app');
  return s;
}

/** Same, but null on public pages. */
export const useOptionalSession = (): Session | null => useContext(SessionContext);

export function sessionFrom(me: Me): Session | null {
  const m = me.workspaces.find((w) => w.workspace.id === me.activeWorkspaceId);
  if (!m) return null;
  return { me, workspace: m.workspace, role: m.role, actor: { kind: 'member', role: m.role } };
}

/** After sign-in, setup or accepting an invitation: store who we are and speak their language. */
export function useSignedIn(): (me: Me) => void {
  const qc = useQueryClient();
  return useCallback(
    (me: Me) => {
      // Anything cached belonged to the previous visitor or workspace.
      qc.removeQueries({ predicate: (q) => q.queryKey[0] !== 'me' && q.queryKey[0] !== 'setup' });
      qc.setQueryData(qk.me, me);
      qc.setQueryData(qk.setup, { needsSetup: false });
      applyLanguage(me.user.locale);
    },
    [qc],
  );
}
