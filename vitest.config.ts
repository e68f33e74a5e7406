import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { defineConfig } from 'vitest/config';

/**
 * Vitest starts the files that took longest last time first, and on a fresh checkout (CI) the
 * biggest files first. The tenant isolation matrix is the longest by far but sits in two tiny files,
 * so it is started first on every run; otherwise it could begin last and run alone at the end.
 */
class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const longest = (f: TestSpecification) => /isolation\.\w+\.test\.ts$/.test(f.moduleId);
    return [...sorted.filter(longest), ...sorted.filter((f) => !longest(f))];
  }
}

export default defineConfig({
  test: {
    // Vitest's default is one worker per core less one: a single worker on a 2-core CI machine.
    // Most suites wait on PostgreSQL, a server process, SMTP or Chromium, so two unit workers (and
    // the browser suites beside them, see scripts/test.mjs) keep both cores busy.
    maxWorkers: 2,
    sequence: { sequencer: LongestFirst },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['packages/*/src/**/*.test.ts', 'apps/server/src/**/*.test.ts', 'apps/web/src/**/*.test.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
