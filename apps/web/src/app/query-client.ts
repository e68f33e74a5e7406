import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from '../lib/api';

const sessionEnded = (err: unknown) => isApiError(err) && err.status === 401 && err.code === 'unauthenticated';

export function createQueryClient(): QueryClient {
  const qc: QueryClient = new QueryClient({
    // Any call answered "signed out" means the session ended: the app shell then sends to /login.
    queryCache: new QueryCache({ onError: (err) => sessionEnded(err) && qc.setQueryData(['me'], null) }),
    mutationCache: new MutationCache({ onError: (err) => sessionEnded(err) && qc.setQueryData(['me'], null) }),
    defaultOptions: {
      queries: {
        staleTime: 10_000,
        // Retry only what may heal by itself (network, 5xx); 4xx answers are final.
        retry: (count, err) => count < 2 && isApiError(err) && (err.status === 0 || err.status >= 500),
        refetchOnWindowFocus: true,
      },
      mutations: { retry: false },
    },
  });
  return qc;
}
