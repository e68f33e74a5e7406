import { ZKioskCreated, ZKioskDevice, ZKioskList, ZKioskPairing, type KioskCreate, type KioskPatch, type KioskQuery } from '@footprint/core';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiSend, apiSendVoid, query } from '../../../lib/api';

/** Cache keys of the kiosk tablets; live `kiosks.changed` messages mark them stale. */
export const kioskKeys = {
  all: ['kiosk'] as const,
  list: (q: Partial<KioskQuery>) => ['kiosk', 'list', q] as const,
};

const v1 = '/api/v1/kiosks';

/**
 * Tablets fall silent without telling anyone, and heartbeats that change nothing are not
 * broadcast: besides live updates, the list is read again well within the offline threshold,
 * so a tablet shows offline only when it really has been silent that long.
 */
const REFRESH_MS = 30_000;

export const useKiosks = (q: Partial<KioskQuery>) =>
  useQuery({
    queryKey: kioskKeys.list(q),
    queryFn: () => apiGet(`${v1}${query({ ...q })}`, ZKioskList),
    placeholderData: keepPreviousData,
    refetchInterval: (query) => Math.min(REFRESH_MS, (query.state.data?.offlineAfterSeconds ?? 60) * 500),
  });

function useKioskWrite<A, R>(fn: (a: A) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSettled: () => {
      void qc.invalidateQueries({ queryKey: kioskKeys.all });
      // Store rows count their tablets.
      void qc.invalidateQueries({ queryKey: ['stores'] });
    },
  });
}

export const useCreateKiosk = () => useKioskWrite((input: KioskCreate) => apiSend('POST', v1, input, ZKioskCreated));
export const usePatchKiosk = () => useKioskWrite(({ id, patch }: { id: string; patch: KioskPatch }) => apiSend('PATCH', `${v1}/${id}`, patch, ZKioskDevice));
export const useNewPairing = () => useKioskWrite((id: string) => apiSend('POST', `${v1}/${id}/pairing`, {}, ZKioskPairing));
export const useUnpairKiosk = () => useKioskWrite((id: string) => apiSend('POST', `${v1}/${id}/unpair`, {}, ZKioskDevice));
export const useDeleteKiosk = () => useKioskWrite((id: string) => apiSendVoid('DELETE', `${v1}/${id}`));
