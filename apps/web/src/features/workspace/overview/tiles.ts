import { feedbackOverviewTiles } from '../../feedback';
import { journeysOverviewTiles } from '../../journeys';
import { supportOverviewTiles } from '../../support/overview';
import type { OverviewTile } from './tile';

/**
 * The Overview's tiles, from every part that has something to say at a glance. To add yours
 * (journeys, support…): export an `OverviewTile[]` from your feature's index, with components
 * loaded lazily so the home page stays small, and spread it here.
 */
export const OVERVIEW_TILES: readonly OverviewTile[] = [...feedbackOverviewTiles, ...journeysOverviewTiles, ...supportOverviewTiles].sort((a, b) => a.order - b.order);
