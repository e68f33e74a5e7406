/** The live layer, for the map page: its actions (switch, compare, print) and the grid with live figures. */
export { JourneyLiveActions } from './journey-live-actions';
export { JourneyLivePanel } from './journey-live-panel';
export type { LiveGridProps } from './live-grid-props';
export { useLiveView } from './use-live-view';
