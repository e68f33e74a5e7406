import { lazy } from 'react';
import type { OverviewTile } from '../../../workspace';

// Lazy: the tiles (and what they import) load with the home page, not with the app shell.
const score = (name: 'NpsTile' | 'CsatTile' | 'CesTile') => lazy(async () => ({ default: (await import('./score-tile'))[name] }));

/** Feedback's tiles on the Overview: the three headline scores, the weakest touchpoints and the latest complaints. */
export const feedbackOverviewTiles: OverviewTile[] = [
  { id: 'nps', order: 10, span: { base: 12, md: 4 }, Component: score('NpsTile') },
  { id: 'csat', order: 11, span: { base: 12, md: 4 }, Component: score('CsatTile') },
  { id: 'ces', order: 12, span: { base: 12, md: 4 }, Component: score('CesTile') },
  { id: 'lowest-touchpoints', order: 20, span: { base: 12, lg: 6 }, Component: lazy(async () => ({ default: (await import('./lowest-touchpoints-tile')).LowestTouchpointsTile })) },
  { id: 'negative-comments', order: 30, span: { base: 12, lg: 6 }, Component: lazy(async () => ({ default: (await import('./negative-comments-tile')).NegativeCommentsTile })) },
];
