import { canEditJourney, type Journey, type JourneyCreate, type JourneyQuery } from '@footprint/core';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useSession } from '../../workspace';
import {
  createJourney, createShare, deleteJourney, deleteShare, duplicateJourney, getJourney, getVersion, listJourneys, listPersonaRefs, listShares,
  listVersions, listWorkspaceTouchpoints, restoreVersion,
} from './api';
import { jk } from './query-keys';

export const useJourneys = (q: Partial<JourneyQuery>) => useQuery({ queryKey: jk.list(q), queryFn: () => listJourneys(q), placeholderData: keepPreviousData });
export const useJourney = (id: string) => useQuery({ queryKey: jk.one(id), queryFn: () => getJourney(id) });
/** Every current-state map, for a future-state map's "improves on" picker. */
export const useCurrentStateMaps = (enabled: boolean) =>
  useQuery({ queryKey: jk.list({ kind: 'current', pageSize: 200, sort: 'name', order: 'asc' }), queryFn: () => listJourneys({ kind: 'current', pageSize: 200, sort: 'name', order: 'asc' }), enabled });
export const usePersonaRefs = () => useQuery({ queryKey: jk.personas, queryFn: listPersonaRefs, staleTime: 30_000, retry: false });
/** The same cache entry as the touchpoints screen, so its live updates reach the editor too. */
export const useWorkspaceTouchpoints = () => useQuery({ queryKey: ['collection', 'touchpoints'], queryFn: listWorkspaceTouchpoints, staleTime: 30_000 });
export const useVersions = (id: string, enabled: boolean) => useQuery({ queryKey: jk.versions(id), queryFn: () => listVersions(id), enabled });
export const useVersion = (id: string, version: number | null) =>
  useQuery({ queryKey: jk.version(id, version ?? 0), queryFn: () => getVersion(id, version ?? 0), enabled: version !== null, staleTime: Infinity });
export const useShares = (id: string, enabled: boolean) => useQuery({ queryKey: jk.shares(id), queryFn: () => listShares(id), enabled });

/** Whether the signed-in member may draw maps (owner, admin, analyst). */
export function useCanEditJourney(): boolean {
  const { role } = useSession();
  return canEditJourney({ kind: 'member', role });
}

function useJourneyWrite<A, R extends Journey | void>(fn: (a: A) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (j) => {
      if (j) qc.setQueryData(jk.one(j.id), j);
      void qc.invalidateQueries({ queryKey: jk.lists });
    },
  });
}

export const useCreateJourney = () => useJourneyWrite((input: JourneyCreate) => createJourney(input));
export const useDuplicateJourney = () => useJourneyWrite(duplicateJourney);
export const useDeleteJourney = () => useJourneyWrite(deleteJourney);
export function useRestoreVersion(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ version, current }: { version: number; current: number }) => restoreVersion(id, version, current),
    onSuccess: (j) => {
      qc.setQueryData(jk.one(j.id), j);
      void qc.invalidateQueries({ queryKey: jk.versions(id) });
      void qc.invalidateQueries({ queryKey: jk.lists });
    },
  });
}
export function useCreateShare(id: string) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: (withLive: boolean) => createShare(id, withLive), onSuccess: () => void qc.invalidateQueries({ queryKey: jk.shares(id) }) });
}
export function useDeleteShare(id: string) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: (shareId: string) => deleteShare(id, shareId), onSuccess: () => void qc.invalidateQueries({ queryKey: jk.shares(id) }) });
}
