import { canManageSupport, type CaseConditions, type CaseTrigger, type CaseTriggerInput, type RoutingRule, type RoutingRuleInput, type SlaSettingsInput } from '@footprint/core';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useSession } from '../../workspace';
import {
  createRoutingRule, createTrigger, deleteRoutingRule, deleteTrigger, getSla, listHolidays, listMembers, listRoutingRules, listSupportDepartments,
  listSurveys, listTouchpoints, listTriggers, orderRoutingRules, orderTriggers, patchRoutingRule, patchSupportDepartment, patchTrigger, previewRule, putSla,
  setShift,
} from './api';
import { orderKey, ssk } from './keys';

export { ssk };


/** Whether the signed-in member may change the support setup (admins and owners). */
export function useCanManageSupport(): boolean {
  const { role } = useSession();
  return canManageSupport({ kind: 'member', role });
}

export const useTriggers = () => useQuery({ queryKey: ssk.triggers, queryFn: listTriggers });
export const useRoutingRules = () => useQuery({ queryKey: ssk.routing, queryFn: listRoutingRules });
export const useSupportDepartments = () => useQuery({ queryKey: ssk.departments, queryFn: listSupportDepartments });
export const useSla = () => useQuery({ queryKey: ssk.sla, queryFn: getSla });
export const useHolidays = (year: number) => useQuery({ queryKey: ssk.holidays(year), queryFn: () => listHolidays(year), placeholderData: keepPreviousData });
export const useRulePreview = (conditions: CaseConditions | null) =>
  useQuery({
    queryKey: ssk.preview(conditions ?? ({} as CaseConditions)),
    queryFn: () => previewRule(conditions!),
    enabled: conditions !== null,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
export const useRuleTouchpoints = () => useQuery({ queryKey: ssk.touchpoints, queryFn: listTouchpoints, staleTime: 60_000 });
export const useRuleSurveys = () => useQuery({ queryKey: ssk.surveys, queryFn: listSurveys, staleTime: 60_000 });
export const useSupportMembers = () => useQuery({ queryKey: ssk.members, queryFn: listMembers, staleTime: 60_000 });

function useSettingsWrite<A, R>(fn: (a: A) => Promise<R>, ...keys: (readonly string[])[]) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSettled: () => {
      for (const queryKey of keys) void qc.invalidateQueries({ queryKey });
    },
  });
}

export const useCreateTrigger = () => useSettingsWrite((input: CaseTriggerInput) => createTrigger(input), ssk.triggers);
export const usePatchTrigger = () => useSettingsWrite(({ id, input }: { id: string; input: Partial<CaseTriggerInput> }) => patchTrigger(id, input), ssk.triggers);
export const useDeleteTrigger = () => useSettingsWrite((id: string) => deleteTrigger(id), ssk.triggers);
/**
 * A new order of rules, shown at once. Clicks can come faster than the server answers, so a refetch
 * begun before a later move must not put the older order back on screen: queries of the list are
 * cancelled when a move starts, and the list is read again only after the last pending move.
 */
function useOrderWrite<R extends { id: string }>(key: readonly string[], fn: (ids: string[]) => Promise<unknown>) {
  const qc = useQueryClient();
  const mutationKey = orderKey(key);
  return useMutation({
    mutationKey,
    mutationFn: fn,
    onMutate: async (ids: string[]) => {
      await qc.cancelQueries({ queryKey: key });
      const previous = qc.getQueryData<R[]>(key);
      if (previous) qc.setQueryData<R[]>(key, ids.flatMap((id) => previous.filter((r) => r.id === id)));
      return { previous };
    },
    onError: (_error, _ids, context) => {
      if (context?.previous) qc.setQueryData(key, context.previous);
    },
    onSettled: () => {
      if (qc.isMutating({ mutationKey }) <= 1) void qc.invalidateQueries({ queryKey: key });
    },
  });
}

export const useOrderTriggers = () => useOrderWrite<CaseTrigger>(ssk.triggers, orderTriggers);

export const useCreateRoutingRule = () => useSettingsWrite((input: RoutingRuleInput) => createRoutingRule(input), ssk.routing);
export const usePatchRoutingRule = () => useSettingsWrite(({ id, input }: { id: string; input: Partial<RoutingRuleInput> }) => patchRoutingRule(id, input), ssk.routing);
export const useDeleteRoutingRule = () => useSettingsWrite((id: string) => deleteRoutingRule(id), ssk.routing);
export const useOrderRoutingRules = () => useOrderWrite<RoutingRule>(ssk.routing, orderRoutingRules);

export const usePatchSupportDepartment = () =>
  useSettingsWrite(({ id, patch }: { id: string; patch: Parameters<typeof patchSupportDepartment>[1] }) => patchSupportDepartment(id, patch), ssk.departments);
export const useSetShift = () => useSettingsWrite(({ userId, onShift }: { userId: string; onShift: boolean }) => setShift(userId, onShift), ssk.departments);
export const usePutSla = () => useSettingsWrite((input: SlaSettingsInput) => putSla(input), ssk.sla, ['support', 'settings', 'holidays']);
