export { registerFeedbackRoutes } from './routes.js';
