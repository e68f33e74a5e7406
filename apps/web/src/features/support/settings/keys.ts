import type { CaseConditions } from '@footprint/core';
import type { QueryClient } from '@tanstack/react-query';

/** Cache keys of the support setup; live `support.settings.changed` marks them stale. */
export const ssk = {
  all: ['support', 'settings'] as const,
  triggers: ['support', 'settings', 'triggers'] as const,
  routing: ['support', 'settings', 'routing'] as const,
  departments: ['support', 'settings', 'departments'] as const,
  sla: ['support', 'settings', 'sla'] as const,
  holidays: (year: number) => ['support', 'settings', 'holidays', year] as const,
  preview: (c: CaseConditions) => ['support', 'settings', 'preview', c] as const,
  touchpoints: ['support', 'settings', 'touchpoints'] as const,
  surveys: ['support', 'settings', 'surveys'] as const,
  members: ['support', 'settings', 'members'] as const,
};

/** The mutation key of moves of a rule list. */
export const orderKey = (key: readonly string[]): string[] => [...key, 'order'];

/** Whether a move of this list is on its way to the server (live refetches wait for it). */
export const isReordering = (qc: QueryClient, key: readonly string[]): boolean => qc.isMutating({ mutationKey: orderKey(key) }) > 0;
