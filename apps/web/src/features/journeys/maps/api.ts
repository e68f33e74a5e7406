import {
  zPage, ZJourney, ZJourneyShare, ZJourneySummary, ZJourneyVersion, ZJourneyVersionSummary, ZTouchpointList,
  type JourneyCreate, type JourneyPatch, type JourneyQuery,
} from '@footprint/core';
import { z } from 'zod';
import { apiGet, apiSend, apiSendVoid, itemsOf, query } from '../../../lib/api';

const v1 = '/api/v1';
const base = `${v1}/journeys`;

export const journeyPath = (id: string) => `${base}/${id}`;
export const listJourneys = (q: Partial<JourneyQuery>) => apiGet(`${base}${query({ ...q })}`, zPage(ZJourneySummary));
export const getJourney = (id: string) => apiGet(journeyPath(id), ZJourney);
export const createJourney = (input: JourneyCreate) => apiSend('POST', base, input, ZJourney);
export const patchJourney = (id: string, patch: JourneyPatch) => apiSend('PATCH', journeyPath(id), patch, ZJourney);
export const duplicateJourney = (id: string) => apiSend('POST', `${journeyPath(id)}/duplicate`, {}, ZJourney);
export const deleteJourney = (id: string) => apiSendVoid('DELETE', journeyPath(id));

export const listVersions = (id: string) => apiGet(`${journeyPath(id)}/versions${query({ pageSize: 200 })}`, itemsOf(ZJourneyVersionSummary));
export const getVersion = (id: string, version: number) => apiGet(`${journeyPath(id)}/versions/${version}`, ZJourneyVersion);
/** A restore is a save: it names the map's current version, like a PATCH. */
export const restoreVersion = (id: string, version: number, current: number) => apiSend('POST', `${journeyPath(id)}/versions/${version}/restore`, { version: current }, ZJourney);

export const listShares = (id: string) => apiGet(`${journeyPath(id)}/shares`, itemsOf(ZJourneyShare));
export const createShare = (id: string, withLive: boolean) => apiSend('POST', `${journeyPath(id)}/shares`, { withLive }, ZJourneyShare);
export const deleteShare = (id: string, shareId: string) => apiSendVoid('DELETE', `${journeyPath(id)}/shares/${shareId}`);

/** The server renders the PDF; the browser downloads it from this address. */

export const listWorkspaceTouchpoints = () => apiGet(`${v1}/touchpoints`, ZTouchpointList);

/** Personas are another part's; the picker needs only their ids and names. */
const ZPersonaRef = z.object({ id: z.string(), name: z.string() });
export type PersonaRef = z.infer<typeof ZPersonaRef>;
export const listPersonaRefs = () => apiGet(`${v1}/personas${query({ pageSize: 200 })}`, itemsOf(ZPersonaRef));
