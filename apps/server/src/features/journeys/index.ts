export { registerJourneyRoutes } from './routes.js';
export { getJourney } from './journeys.js';
