/** Links of the live layer's screens. */
export const journeyMapPath = (id: string) => `/journeys/maps/${encodeURIComponent(id)}`;
export const compareMapPath = (id: string, other?: string) => `${journeyMapPath(id)}/compare${other ? `?with=${encodeURIComponent(other)}` : ''}`;
export const JOURNEY_MAPS_PATH = '/journeys/maps';
/** The server's PDF of a map; with a live view switched on, its period's figures (and persona) are printed too. */
export const journeyPdfPath = (id: string, lang: 'vi' | 'en', live?: { from: string; to: string; personaId?: string | undefined } | null) => {
  const q = new URLSearchParams({ lang });
  if (live) {
    q.set('from', live.from);
    q.set('to', live.to);
    if (live.personaId) q.set('personaId', live.personaId);
  }
  return `/api/v1/journeys/${encodeURIComponent(id)}/export.pdf?${q.toString()}`;
};
