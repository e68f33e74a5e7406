export { personaCustomerFilter, personaRuleCondition } from './rule-sql.js';
export { registerPersonaRoutes } from './routes.js';
export { personaRule } from './personas.js';
export { loadDemoPersonas } from './demo.js';
export { personaForLive } from './live-filter.js';
