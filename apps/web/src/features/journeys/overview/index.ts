import { lazy } from 'react';
import type { OverviewTile } from '../../workspace';

/** Journeys' tile on the Overview: the weakest touchpoints of the latest current-state map (loaded with the home page only). */
export const journeysOverviewTiles: OverviewTile[] = [
  { id: 'journey-weakest', order: 40, span: { base: 12, lg: 6 }, Component: lazy(async () => ({ default: (await import('./journey-weakest-tile')).JourneyWeakestTile })) },
];
