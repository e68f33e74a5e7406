import { lazy } from 'react';
import type { OverviewTile } from '../../workspace';

/** Support's tile on the Overview: open and breached cases now, FRT and the closed-loop rate of the period (loaded with the home page only). */
export const supportOverviewTiles: OverviewTile[] = [
  { id: 'support-cases', order: 50, span: { base: 12, md: 6, lg: 6 }, Component: lazy(async () => ({ default: (await import('./support-tile')).SupportTile })) },
];
