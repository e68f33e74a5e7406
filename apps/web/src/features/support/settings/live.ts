import type { QueryClient } from '@tanstack/react-query';
import { isReordering, ssk } from './keys';

/**
 * The support setup changed somewhere (another admin, an agent's shift): refetch what shows it. A
 * rule list being reordered here is read again once its last move is saved, not in between (an
 * in-between read would show an older order).
 */
export function supportSettingsChanged(qc: QueryClient): void {
  void qc.invalidateQueries({
    queryKey: ssk.all,
    predicate: (q) => !((q.queryKey[2] === 'triggers' && isReordering(qc, ssk.triggers)) || (q.queryKey[2] === 'routing' && isReordering(qc, ssk.routing))),
  });
}
