import { addBusinessMinutes } from './business-hours.js';
import type { CasePriority, SlaState } from './contracts.js';
import type { SlaSettings } from './sla-contracts.js';

/** A case's due times: its priority's targets counted on the support calendar from `from` (its creation). */
export function slaDueTimes(from: Date, priority: CasePriority, settings: SlaSettings): { firstResponseDueAt: Date | null; resolutionDueAt: Date | null } {
  const policy = settings.policies.find((p) => p.priority === priority);
  if (!policy) return { firstResponseDueAt: null, resolutionDueAt: null };
  return {
    firstResponseDueAt: addBusinessMinutes(from, policy.firstResponseMinutes, settings.hours),
    resolutionDueAt: addBusinessMinutes(from, policy.resolutionMinutes, settings.hours),
  };
}

/** Whether a target was met: done by its due time (met), done late or still not done past it (breached), or still running. */
export function slaState(dueAt: Date | null, doneAt: Date | null, now: Date): SlaState {
  if (!dueAt) return 'none';
  if (doneAt) return doneAt <= dueAt ? 'met' : 'breached';
  return now > dueAt ? 'breached' : 'pending';
}
