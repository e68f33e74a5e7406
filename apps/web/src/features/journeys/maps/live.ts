import type { QueryClient } from '@tanstack/react-query';
import { jk } from './query-keys';

/** Maps changed somewhere (another tab, another member): refetch the lists and open maps. An editor with unsaved edits keeps them. */
export function journeysChanged(qc: QueryClient): void {
  void qc.invalidateQueries({ queryKey: jk.all });
}
