import type { AppContext } from '../../context.js';
import type { JobRunner } from '../../platform/jobs.js';
import { FEEDBACK_COMPLETED_JOB } from '../feedback/index.js';
import { feedbackCompletedJob } from './automation/feedback-completed.js';
import { CASE_REPLY_EMAIL_JOB } from './job-kinds.js';
import { replyEmailJob } from './messages/reply-email.js';

/** The case engine's jobs: replies emailed to customers, and cases opened from feedback. */
export function registerSupportCaseJobs(jobs: JobRunner, ctx: AppContext): void {
  jobs.register(
    CASE_REPLY_EMAIL_JOB,
    replyEmailJob(ctx.mailer, (workspaceId, caseId) => ctx.live.publish(workspaceId, 'cases.changed', { id: caseId })),
  );
  jobs.register(FEEDBACK_COMPLETED_JOB, feedbackCompletedJob(ctx.database));
}
