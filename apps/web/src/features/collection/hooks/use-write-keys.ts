import { useQuery } from '@tanstack/react-query';
import { qk } from '../../workspace';
import { listKeys } from '../api';

/** The workspace's usable write keys (the keys list is shared with Settings › API keys). */
export function useWriteKeys(enabled: boolean) {
  return useQuery({
    queryKey: qk.keys,
    queryFn: listKeys,
    enabled,
    select: (keys) => keys.filter((k) => k.type === 'write' && !k.revokedAt),
  });
}
