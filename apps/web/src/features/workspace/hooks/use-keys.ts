import type { ApiKey, KeyScope, KeyType } from '@footprint/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createKey, listKeys, revokeKey } from '../api';
import { qk } from '../query-keys';

/** The workspace's API keys; `select` narrows them (e.g. to usable write keys) on the shared cache entry. */
export function useKeys<T = ApiKey[]>(enabled = true, select?: (keys: ApiKey[]) => T) {
  return useQuery({ queryKey: qk.keys, queryFn: listKeys, enabled, ...(select ? { select } : {}) });
}

export function useCreateKey() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { name: string; type: KeyType; scope?: KeyScope }) => createKey(v),
    onSuccess: () => void qc.invalidateQueries({ queryKey: qk.keys }),
  });
}

export function useRevokeKey() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => revokeKey(id),
    onSettled: () => void qc.invalidateQueries({ queryKey: qk.keys }),
  });
}
