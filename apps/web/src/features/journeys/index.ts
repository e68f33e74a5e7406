/** What the rest of the app may use from the journeys feature; pages are reached through the routes (loaded on demand). */
export { journeysChanged } from './maps/live';
/** The journey map's live layer, for the map page (toggle, panel) and the rest of the app (Overview tile, live refresh). */
export { journeysOverviewTiles } from './overview';
export { journeyLiveChanged } from './live/live-refresh';
