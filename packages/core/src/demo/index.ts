export { Rng } from './random.js';
export { makePerson, type DemoPerson, type Gender } from './people.js';
export { generateTeam, type DemoMember, type DepartmentKey } from './team.js';
export * from './vietnam.js';
