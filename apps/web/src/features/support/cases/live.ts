import type { QueryClient } from '@tanstack/react-query';
import { invalidateCases } from './hooks';
import { sk } from './query-keys';

/** Live `cases.changed { id? }`: that case (or all of them), the lists and the queue counts. */
export function casesChanged(qc: QueryClient, data: Record<string, unknown>): void {
  const id = typeof data.id === 'string' ? data.id : undefined;
  invalidateCases(qc, id);
  if (id) void qc.invalidateQueries({ queryKey: ['support', 'cases', 'one', id] });
}

/** Live `handoffs.changed`: the queues of requests and the cases' hand-off panels. */
export function handoffsChanged(qc: QueryClient): void {
  void qc.invalidateQueries({ queryKey: sk.handoffs });
  void qc.invalidateQueries({ predicate: (q) => q.queryKey[0] === 'support' && q.queryKey[1] === 'cases' && (q.queryKey[4] === 'handoffs' || q.queryKey[2] !== 'one') });
}

/** Live `support.settings.changed`: departments, shifts. */
export function supportSettingsChanged(qc: QueryClient): void {
  void qc.invalidateQueries({ queryKey: sk.departments });
  void qc.invalidateQueries({ queryKey: sk.me });
}
