export { registerPublicFeedbackRoutes } from './public-routes.js';
export { registerFeedbackRoutes } from './routes.js';
