/** Background jobs of support, by kind: queued by one part, run by another (see each handler). */

/** Email a case reply to the customer (payload: { caseId, messageId }). Handler: messages. */
export const CASE_REPLY_EMAIL_JOB = 'support.reply-email';
/** Ask the customer the resolution CSAT question after a case is resolved (payload: { caseId }). Handler: resolution-csat. */
export const RESOLUTION_CSAT_JOB = 'support.resolution-csat';
/** Look for SLA targets and hand-offs that have just passed their due time, and escalate (recurring). Handler: sla-sweep. */
export const SLA_SWEEP_JOB = 'support.sla-sweep';
/** Email the alerts that are due (at once, digests, after quiet hours) (recurring). Handler: alerts. */
export const ALERT_MAIL_JOB = 'support.alert-mail';
/** Email one member the alerts the mailer claimed for them (payload: { userId, ids }): one email, a single alert or a digest. Handler: alerts. */
export const ALERT_EMAIL_JOB = 'support.alert-email';
