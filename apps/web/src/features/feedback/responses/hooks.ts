import { canExportResponses, type ResponseExportCreate, type ResponseQuery } from '@footprint/core';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../workspace';
import { createExport, getExport, getResponse, listResponses } from './api';
import { rk } from './query-keys';

/** The page of responses; the language is in the key because the server labels in it. */
export function useResponses(q: Partial<ResponseQuery>, enabled = true) {
  const { i18n } = useTranslation();
  return useQuery({ queryKey: rk.list(q, i18n.language), queryFn: () => listResponses(q), placeholderData: keepPreviousData, enabled });
}

export function useResponse(id: string | null) {
  const { i18n } = useTranslation();
  return useQuery({ queryKey: rk.one(id ?? 'none', i18n.language), queryFn: () => getResponse(id!), enabled: id !== null });
}

export function useCreateExport() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: ResponseExportCreate) => createExport(body),
    onSuccess: (r) => qc.setQueryData(rk.export(r.export.id), r.export),
  });
}

export const useExport = (id: string | null, refresh: boolean) =>
  useQuery({ queryKey: rk.export(id ?? 'none'), queryFn: () => getExport(id!), enabled: id !== null && refresh });

/** Whether the signed-in member may export responses (owner, admin, analyst): files hold personal data. */
export function useCanExportResponses(): boolean {
  const { role } = useSession();
  return canExportResponses({ kind: 'member', role });
}
