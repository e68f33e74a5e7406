import { ZJourney, ZJourneyLive, ZJourneySummary, type JourneyLiveQuery } from '@footprint/core';
import { z } from 'zod';
import { apiGet, query } from '../../../lib/api';

const v1 = '/api/v1';

export const getJourneyLive = (mapId: string, q: JourneyLiveQuery) => apiGet(`${v1}/journeys/${encodeURIComponent(mapId)}/live${query({ ...q })}`, ZJourneyLive);
export const getShareLive = (token: string, q: Pick<JourneyLiveQuery, 'from' | 'to'>) =>
  apiGet(`${v1}/public/journey-shares/${encodeURIComponent(token)}/live${query({ ...q })}`, ZJourneyLive);
export const getJourney = (id: string) => apiGet(`${v1}/journeys/${encodeURIComponent(id)}`, ZJourney);

const ZMapPage = z.object({ items: z.array(ZJourneySummary) });
/** The most recently updated current-state map (the Overview's journeys tile). */
export const getLatestCurrentMap = async () => (await apiGet(`${v1}/journeys${query({ kind: 'current', sort: 'updatedAt', order: 'desc', pageSize: 1 })}`, ZMapPage)).items[0] ?? null;

/** Only what the persona picker needs of a persona: a persona without a customer rule has no customers to filter by. */
const ZPersonaOptions = z.object({ items: z.array(z.object({ id: z.string(), name: z.string(), hasRule: z.boolean() })) });
export const listPersonaOptions = async () => (await apiGet(`${v1}/personas${query({ pageSize: 200, sort: 'name', order: 'asc' })}`, ZPersonaOptions)).items.filter((p) => p.hasRule);

/** Workspace touchpoints' current names (a linked map item shows its touchpoint's name). */
const ZTouchpointNames = z.object({ items: z.array(z.object({ id: z.string(), name: z.string() })) });
export const listTouchpointNames = async () => (await apiGet(`${v1}/touchpoints`, ZTouchpointNames)).items;
