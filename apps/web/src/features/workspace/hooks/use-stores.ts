import { zPage, ZStore, type StoreInput, type StorePatch, type StoreQuery } from '@footprint/core';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiSend, apiSendVoid, query } from '../../../lib/api';

/** Cache keys of the stores; live `stores.changed` messages mark them stale (kiosk rows show store names too). */
export const storeKeys = {
  all: ['stores'] as const,
  list: (q: Partial<StoreQuery>) => ['stores', 'list', q] as const,
};

const v1 = '/api/v1/stores';
export const listStores = (q: Partial<StoreQuery>) => apiGet(`${v1}${query({ ...q })}`, zPage(ZStore));

export const useStores = (q: Partial<StoreQuery>) => useQuery({ queryKey: storeKeys.list(q), queryFn: () => listStores(q), placeholderData: keepPreviousData });

/** Every store as a select option (a chain has dozens, not thousands; the list is capped at 200). */
export const useStoreOptions = () =>
  useQuery({
    queryKey: storeKeys.list({ pageSize: 200 }),
    queryFn: () => listStores({ pageSize: 200 }),
    select: (d) => d.items.map((s) => ({ value: s.id, label: s.province ? `${s.name} — ${s.province}` : s.name })),
  });

export function useSaveStore() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string | null; input: StoreInput & StorePatch }) =>
      id ? apiSend('PATCH', `${v1}/${id}`, input, ZStore) : apiSend('POST', v1, input, ZStore),
    onSuccess: () => void qc.invalidateQueries({ queryKey: storeKeys.all }),
  });
}

export function useDeleteStore() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiSendVoid('DELETE', `${v1}/${id}`),
    onSettled: () => void qc.invalidateQueries({ queryKey: storeKeys.all }),
  });
}
