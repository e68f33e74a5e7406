export { JourneysPage } from './pages/journeys-page';
export { journeysChanged } from './maps/live';
/** The journey map's live layer, for the map page (toggle, panel) and the rest of the app (Overview tile, live refresh). */
export { journeysOverviewTiles } from './overview';
export { journeyLiveChanged } from './live/live-refresh';
