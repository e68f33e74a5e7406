export { registerPublicFeedbackRoutes } from './public-routes.js';
export { registerFeedbackRoutes } from './routes.js';
export { registerKioskRoutes } from './kiosk/routes.js';
export { registerKioskTabletRoutes } from './kiosk/tablet-routes.js';
export { loadDemoFeedback } from './demo.js';
export { registerResponseJobs } from './responses/jobs.js';
export { registerWidgetRoutes } from './widget/index.js';
export { registerEmailJobs, registerEmailRoutes, registerPublicEmailRoutes } from './email/index.js';
