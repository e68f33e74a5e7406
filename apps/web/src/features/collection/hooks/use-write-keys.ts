import { useKeys } from '../../workspace';

/** The workspace's usable write keys, from the same list (and cache entry) as Settings › API keys. */
export function useWriteKeys(enabled: boolean) {
  return useKeys(enabled, (keys) => keys.filter((k) => k.type === 'write' && !k.revokedAt));
}
