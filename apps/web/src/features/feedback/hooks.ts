import { canManageSurveys, type Survey, type SurveyPatch, type SurveyQuery } from '@footprint/core';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useSession } from '../workspace';
import { createSurvey, deleteSurvey, duplicateSurvey, getSurvey, listSurveys, listTemplates, listTouchpoints, patchSurvey } from './api';
import { sk } from './query-keys';

export const useSurveys = (q: Partial<SurveyQuery>) => useQuery({ queryKey: sk.list(q), queryFn: () => listSurveys(q), placeholderData: keepPreviousData });
export const useSurvey = (id: string) => useQuery({ queryKey: sk.one(id), queryFn: () => getSurvey(id) });
export const useTemplates = () => useQuery({ queryKey: sk.templates, queryFn: listTemplates, staleTime: Infinity });
/** The same cache entry as the touchpoints screen, so its live updates reach us too. */
export const useTouchpointOptions = () =>
  useQuery({ queryKey: ['collection', 'touchpoints'], queryFn: listTouchpoints, select: (d) => d.items.map((t) => ({ value: t.id, label: t.name })) });

/** Whether the signed-in member may build surveys (owner, admin, analyst). */
export function useCanManageSurveys(): boolean {
  const { role } = useSession();
  return canManageSurveys({ kind: 'member', role });
}

function useSurveyWrite<A, R extends Survey | void>(fn: (a: A) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (s) => {
      if (s) qc.setQueryData(sk.one(s.id), s);
      void qc.invalidateQueries({ queryKey: sk.lists });
    },
  });
}

export const useCreateSurvey = () => useSurveyWrite(createSurvey);
export const usePatchSurvey = () => useSurveyWrite(({ id, patch }: { id: string; patch: SurveyPatch }) => patchSurvey(id, patch));
export const useDuplicateSurvey = () => useSurveyWrite(duplicateSurvey);
export const useDeleteSurvey = () => useSurveyWrite(deleteSurvey);
