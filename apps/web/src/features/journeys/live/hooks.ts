import type { JourneyLiveQuery } from '@footprint/core';
import { keepPreviousData, useQuery, type QueryClient } from '@tanstack/react-query';
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

/** At most one refetch of the live layer per this many ms, however fast events arrive. */
const THROTTLE_MS = 3000;
let last = 0;
let timer: ReturnType<typeof setTimeout> | undefined;

/**
 * Events or answers arrived: the live figures on screen are stale. Throttled (leading and
 * trailing) so a busy afternoon does not turn into a refetch storm, and the last change is shown.
 */
export function journeyLiveChanged(qc: QueryClient): void {
  const run = () => {
    last = Date.now();
    timer = undefined;
    void qc.invalidateQueries({ predicate: (q) => q.queryKey[0] === 'journeys' && q.queryKey[1] === 'live' && (q.queryKey[2] === 'map' || q.queryKey[2] === 'share') });
  };
  const wait = last + THROTTLE_MS - Date.now();
  if (wait <= 0) run();
  else timer ??= setTimeout(run, wait);
}
