/** What the rest of the app may use from the journeys feature; pages are reached through the routes (loaded on demand). */
export { journeysChanged } from './maps/live';
