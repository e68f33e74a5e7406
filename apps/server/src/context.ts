import type { Config } from './config.js';
import type { Database } from './db/database.js';
import type { JobRunner } from './platform/jobs.js';
import type { LiveHub } from './platform/live.js';
import type { Mailer } from './platform/mailer.js';

/** What every route and job reaches: one per process. */
export interface AppContext {
  config: Config;
  database: Database;
  live: LiveHub;
  jobs: JobRunner;
  mailer: Mailer;
}
