export { personaCustomerFilter, personaRuleCondition } from './rule-sql.js';
