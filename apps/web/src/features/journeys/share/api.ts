import { ZPublicJourney } from '@footprint/core';
import { apiGet } from '../../../lib/api';

/** A map behind a read-only link (no session): the document with its names resolved. */
export const getSharedJourney = (token: string) => apiGet(`/api/v1/public/journey-shares/${encodeURIComponent(token)}`, ZPublicJourney);
