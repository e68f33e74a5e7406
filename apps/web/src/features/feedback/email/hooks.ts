import { canSendSurveyEmails, type AudienceFilters, type CampaignPatch, type CampaignQuery, type RecipientQuery } from '@footprint/core';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useSession } from '../../workspace';
import {
  addSuppression, campaignAction, createCampaign, deleteCampaign, getCampaign, getRecipient, listCampaigns, listRecipients, listSuppressions, patchCampaign,
  previewAudience, uploadRecipients, type CampaignAction,
} from './api';

/** Cache keys of Feedback → Email; live `campaigns.changed` messages mark them stale. */
export const ek = {
  all: ['feedback', 'email'] as const,
  lists: ['feedback', 'email', 'list'] as const,
  list: (q: Partial<CampaignQuery>) => ['feedback', 'email', 'list', q] as const,
  one: (id: string) => ['feedback', 'email', 'one', id] as const,
  recipients: (id: string, q: Partial<RecipientQuery>) => ['feedback', 'email', 'recipients', id, q] as const,
  recipient: (id: string, rid: string) => ['feedback', 'email', 'recipient', id, rid] as const,
  audience: (surveyId: string, f: AudienceFilters) => ['feedback', 'email', 'audience', surveyId, f] as const,
  suppressions: (q: object) => ['feedback', 'email', 'suppressions', q] as const,
};

/** Whether the signed-in member may email surveys (owner, admin, analyst). */
export function useCanSendEmails(): boolean {
  const { role } = useSession();
  return canSendSurveyEmails({ kind: 'member', role });
}

export const useCampaigns = (q: Partial<CampaignQuery>) => useQuery({ queryKey: ek.list(q), queryFn: () => listCampaigns(q), placeholderData: keepPreviousData });
/** A campaign; while it sends, polling every 2 s backs up the live updates. */
export const useCampaign = (id: string) =>
  useQuery({ queryKey: ek.one(id), queryFn: () => getCampaign(id), refetchInterval: (q) => (q.state.data?.status === 'sending' || q.state.data?.reminder.status === 'sending' ? 2000 : false) });
export const useRecipients = (id: string, q: Partial<RecipientQuery>) =>
  useQuery({ queryKey: ek.recipients(id, q), queryFn: () => listRecipients(id, q), placeholderData: keepPreviousData });
export const useRecipient = (id: string, rid: string | null) => useQuery({ queryKey: ek.recipient(id, rid ?? ''), queryFn: () => getRecipient(id, rid!), enabled: rid !== null });
export const useAudience = (surveyId: string, f: AudienceFilters, enabled: boolean) =>
  useQuery({ queryKey: ek.audience(surveyId, f), queryFn: () => previewAudience(surveyId, f), enabled, placeholderData: keepPreviousData });
export const useSuppressions = (q: { q?: string; reason?: string; page: number; pageSize: number }) =>
  useQuery({ queryKey: ek.suppressions(q), queryFn: () => listSuppressions(q), placeholderData: keepPreviousData });

function useEmailWrite<A, R>(fn: (a: A) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => void qc.invalidateQueries({ queryKey: ek.all }) });
}
export const useCreateCampaign = () => useEmailWrite(createCampaign);
export const usePatchCampaign = () => useEmailWrite(({ id, patch }: { id: string; patch: CampaignPatch }) => patchCampaign(id, patch));
export const useDeleteCampaign = () => useEmailWrite(deleteCampaign);
export const useCampaignAction = () => useEmailWrite(({ id, action, at }: { id: string; action: CampaignAction; at?: string }) => campaignAction(id, action, at));
export const useUploadRecipients = () => useEmailWrite(({ id, file }: { id: string; file: File }) => uploadRecipients(id, file));
export const useAddSuppression = () => useEmailWrite(addSuppression);
