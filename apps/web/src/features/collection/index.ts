/**
 * What the rest of the app may use from the collection feature. Pages are reached through the
 * routes (loaded on demand), so this stays light enough for the app shell to import.
 */
export { receiveLiveEvents } from './live-store';
