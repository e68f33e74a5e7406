import { useMutation, useQueryClient } from '@tanstack/react-query';
import { logout } from '../api';
import { qk } from '../query-keys';

/** Ends the session and forgets everything cached for it. */
export function useSignOut() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: logout,
    onSettled: () => {
      qc.removeQueries({ predicate: (q) => q.queryKey[0] !== 'setup' && q.queryKey[0] !== 'invitation-preview' });
      qc.setQueryData(qk.me, null);
    },
  });
}
