import type { JourneyQuery } from '@footprint/core';

/** Cache keys of the journey maps; live `journeys.changed` messages mark them stale. */
export const jk = {
  all: ['journeys', 'maps'] as const,
  lists: ['journeys', 'maps', 'list'] as const,
  list: (q: Partial<JourneyQuery>) => ['journeys', 'maps', 'list', q] as const,
  one: (id: string) => ['journeys', 'maps', 'one', id] as const,
  versions: (id: string) => ['journeys', 'maps', 'versions', id] as const,
  version: (id: string, v: number) => ['journeys', 'maps', 'versions', id, v] as const,
  shares: (id: string) => ['journeys', 'maps', 'shares', id] as const,
  personas: ['journeys', 'personas', 'refs'] as const,
};
