export { Rng } from './random.js';
export { makePerson, type DemoPerson, type Gender } from './people.js';
export { DEMO_EMAIL_DOMAIN, generateTeam, type DemoMember, type DepartmentKey } from './team.js';
export * from './vietnam.js';
export { customerFootprints, type DemoMessage } from './footprints.js';
export { DEMO_TOUCHPOINTS, type DemoTouchpoint } from './touchpoints.js';
export { customerResponses, demoStores, demoUuid, DEMO_SURVEYS, type DemoResponse, type DemoStore, type DemoSurvey } from './feedback.js';
export { demoJourneys, DEMO_CURRENT_JOURNEY, DEMO_FUTURE_JOURNEY, type DemoJourney, type DemoJourneyRefs } from './journeys.js';
export { DEMO_PERSONAS, type DemoPersona } from './personas.js';
