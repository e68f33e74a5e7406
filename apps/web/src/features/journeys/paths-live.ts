/** Links of the live layer's screens. */
export const journeyMapPath = (id: string) => `/journeys/maps/${encodeURIComponent(id)}`;
export const compareMapPath = (id: string, other?: string) => `${journeyMapPath(id)}/compare${other ? `?with=${encodeURIComponent(other)}` : ''}`;
export const JOURNEY_MAPS_PATH = '/journeys/maps';
export const journeyPdfPath = (id: string, lang: 'vi' | 'en') => `/api/v1/journeys/${encodeURIComponent(id)}/export.pdf?lang=${lang}`;
