import { ZJourney, ZJourneyVersion, ZPublicJourney } from '@footprint/core';
import { z } from 'zod';

/**
 * Response schemas for the routes. Core's ZJourneyDoc cleans text on the way in (NFC, trim), and a
 * transform cannot run backwards when Fastify serialises a response; so the document goes out as
 * stored (it was parsed with ZJourneyDoc when saved) and is described here. Clients parse it with ZJourneyDoc.
 */
const zDocOut = z.record(z.string(), z.unknown()).describe('The map document: { stages, lanes }, exactly as ZJourneyDoc (the request body of POST /api/v1/journeys) describes it');

export const ZJourneyOut = ZJourney.extend({ doc: zDocOut });
export const ZJourneyVersionOut = ZJourneyVersion.extend({ doc: zDocOut });
export const ZPublicJourneyOut = ZPublicJourney.extend({ doc: zDocOut });
