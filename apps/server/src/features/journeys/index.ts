export { registerJourneyRoutes } from './routes.js';
export { getJourney } from './journeys.js';
export { loadDemoJourneys } from './demo.js';
