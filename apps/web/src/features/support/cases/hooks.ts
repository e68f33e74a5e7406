import type { Case, CaseCreate, CaseMessageCreate, CasePatch, HandoffCreate } from '@footprint/core';
import { keepPreviousData, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import {
  answerHandoff, bulkCases, getCustomer, cancelHandoff, createCase, createHandoff, createView, deleteView, getCase, getQueues, getSupportMe, listAudit, listCaseHandoffs,
  listCases, listHandoffs, listMemberRefs, listTouchpointRefs, listMessages, listSupportDepartments, listViews, patchCase, postMessage, searchCustomers, setShift,
  type CaseListParams,
} from './api';
import { sk } from './query-keys';

export const useCases = (q: CaseListParams) => useQuery({ queryKey: sk.list(q), queryFn: () => listCases(q), placeholderData: keepPreviousData });
export const useQueues = () => useQuery({ queryKey: sk.queues, queryFn: getQueues });
export const useCase = (id: string) => useQuery({ queryKey: sk.one(id), queryFn: () => getCase(id) });
export const useMessages = (id: string) => useQuery({ queryKey: sk.messages(id), queryFn: () => listMessages(id) });
export const useAudit = (id: string) => useQuery({ queryKey: sk.audit(id), queryFn: () => listAudit(id) });
export const useCaseHandoffs = (id: string) => useQuery({ queryKey: sk.caseHandoffs(id), queryFn: () => listCaseHandoffs(id) });
export const useHandoffs = (q: { departmentId?: string; direction?: string; status: string; page: number; pageSize: number }) =>
  useQuery({ queryKey: sk.handoffList(q), queryFn: () => listHandoffs(q), placeholderData: keepPreviousData });
export const useViews = () => useQuery({ queryKey: sk.views, queryFn: listViews });
export const useSupportDepartments = () => useQuery({ queryKey: sk.departments, queryFn: listSupportDepartments, staleTime: 30_000 });
export const useSupportMe = () => useQuery({ queryKey: sk.me, queryFn: getSupportMe, staleTime: 30_000, retry: false });
export const useMemberRefs = () => useQuery({ queryKey: sk.members, queryFn: listMemberRefs, staleTime: 60_000, select: (p) => p.items });
export const useCustomerSearch = (q: string) => useQuery({ queryKey: sk.customers(q), queryFn: () => searchCustomers(q), placeholderData: keepPreviousData });

/** Something about cases changed: lists, counts and the open case refetch. */
export function invalidateCases(qc: QueryClient, id?: string): void {
  if (id) void qc.invalidateQueries({ queryKey: sk.one(id) });
  else void qc.invalidateQueries({ queryKey: sk.cases });
  void qc.invalidateQueries({ queryKey: ['support', 'cases', 'list'] });
  void qc.invalidateQueries({ queryKey: sk.queues });
  // The customer's timeline shows their cases and replies.
  void qc.invalidateQueries({ queryKey: ['collection', 'timeline'] });
}

export function useCreateCase() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: (input: CaseCreate) => createCase(input), onSuccess: () => invalidateCases(qc) });
}
export function usePatchCase(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (patch: CasePatch) => patchCase(id, patch),
    onSuccess: (c: Case) => {
      qc.setQueryData(sk.one(id), c);
      invalidateCases(qc, id);
      void qc.invalidateQueries({ queryKey: sk.audit(id) });
    },
  });
}
export function useBulkCases() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: bulkCases, onSuccess: () => invalidateCases(qc) });
}
export function usePostMessage(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CaseMessageCreate) => postMessage(id, body),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: sk.messages(id) });
      void qc.invalidateQueries({ queryKey: sk.audit(id) });
      invalidateCases(qc, id);
    },
  });
}
function useHandoffWrite<A>(fn: (a: A) => Promise<unknown>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: sk.handoffs });
      void qc.invalidateQueries({ queryKey: sk.cases });
    },
  });
}
export const useCreateHandoff = (caseId: string) => useHandoffWrite((body: HandoffCreate) => createHandoff(caseId, body));
export const useAnswerHandoff = () => useHandoffWrite(({ id, answer }: { id: string; answer: string }) => answerHandoff(id, answer));
export const useCancelHandoff = () => useHandoffWrite((id: string) => cancelHandoff(id));

export function useCreateView() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: createView, onSuccess: () => void qc.invalidateQueries({ queryKey: sk.views }) });
}
export function useDeleteView() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: deleteView, onSuccess: () => void qc.invalidateQueries({ queryKey: sk.views }) });
}
export function useSetShift() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, onShift }: { userId: string; onShift: boolean }) => setShift(userId, onShift),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: sk.me });
      void qc.invalidateQueries({ queryKey: sk.departments });
    },
  });
}
/** The same cache entry as the touchpoints screen, so its live updates reach the pickers too. */
export const useTouchpointRefs = () => useQuery({ queryKey: ['collection', 'touchpoints'], queryFn: listTouchpointRefs, staleTime: 30_000, select: (d) => d.items });
/** The same cache entry as the customer's page. */
export const useCustomerProfile = (userId: string | undefined) =>
  useQuery({ queryKey: ['collection', 'customer', userId ?? ''], queryFn: () => getCustomer(userId ?? ''), enabled: Boolean(userId) });

/** The caller's department: support's view of it, else their membership's (so it is known before support is set up). */
export function useMyDepartmentId(userId: string): string | null {
  const supportMe = useSupportMe();
  const members = useMemberRefs();
  return supportMe.data?.departmentId ?? members.data?.find((m) => m.userId === userId)?.department?.id ?? null;
}
