import { useMutation, useQuery } from '@tanstack/react-query';
import { getJob, loadDemo } from '../api';
import { qk } from '../query-keys';

const finished = (status: string | undefined) => status === 'done' || status === 'failed';

/** A background job; live `job.progress` events update it, polling every second is the fallback. */
export function useJob(id: string | null) {
  return useQuery({
    queryKey: qk.job(id ?? 'none'),
    queryFn: () => getJob(id!),
    enabled: id !== null,
    refetchInterval: (q) => (finished(q.state.data?.status) ? false : 1000),
  });
}

export function useLoadDemo() {
  return useMutation({ mutationFn: (customers: number) => loadDemo(customers) });
}
