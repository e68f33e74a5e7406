import type { JourneyLiveQuery } from '@footprint/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { getJourney, getJourneyLive, getLatestCurrentMap, getShareLive, listPersonaOptions, listTouchpointNames } from './api';

/** Cache keys of the live layer; new events and answers mark them stale (see `journeyLiveChanged`). */
export const liveKeys = {
  all: ['journeys', 'live'] as const,
  map: (mapId: string, q: JourneyLiveQuery) => ['journeys', 'live', 'map', mapId, q] as const,
  share: (token: string, q: Pick<JourneyLiveQuery, 'from' | 'to'>) => ['journeys', 'live', 'share', token, q] as const,
  latest: ['journeys', 'live', 'latest-current'] as const,
};

/**
 * The live layer of a map for a period and persona. Keeps the previous figures while a new period
 * loads, so the map dims instead of flashing empty. `enabled` false while the layer is off.
 */
export function useJourneyLive(mapId: string, q: { from: string; to: string; personaId?: string | undefined }, enabled = true) {
  const key = useMemo<JourneyLiveQuery>(() => ({ from: q.from, to: q.to, ...(q.personaId ? { personaId: q.personaId } : {}) }), [q.from, q.to, q.personaId]);
  return useQuery({ queryKey: liveKeys.map(mapId, key), queryFn: () => getJourneyLive(mapId, key), placeholderData: keepPreviousData, enabled });
}

/** The live figures a read-only share link allows (the public page; no session). */
export function useShareLive(token: string, q: { from: string; to: string }, enabled: boolean) {
  return useQuery({ queryKey: liveKeys.share(token, q), queryFn: () => getShareLive(token, q), placeholderData: keepPreviousData, enabled, retry: false });
}

/** A map, under the maps' own cache key (the editor's), so both screens share one entry. */
export const useJourneyMap = (id: string | undefined) => useQuery({ queryKey: ['journeys', 'maps', 'one', id ?? ''] as const, queryFn: () => getJourney(id!), enabled: !!id });

export const useLatestCurrentMap = () => useQuery({ queryKey: liveKeys.latest, queryFn: getLatestCurrentMap });

export const usePersonaOptions = () => useQuery({ queryKey: ['journeys', 'live', 'personas'] as const, queryFn: listPersonaOptions, staleTime: 60_000 });

/** Touchpoint id → its current name; under the collection's key, so `touchpoints.changed` refreshes it. */
export const useTouchpointNames = () =>
  useQuery({ queryKey: ['collection', 'touchpoints', 'names'] as const, queryFn: listTouchpointNames, select: (items) => new Map(items.map((t) => [t.id, t.name])) });

export { journeyLiveChanged } from './live-refresh';
