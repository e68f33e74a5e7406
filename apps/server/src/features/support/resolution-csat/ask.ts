import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { AppContext } from '../../../context.js';
import { cases, customers, responses, workspaces } from '../../../db/schema.js';
import { randomToken, sha256 } from '../../../platform/crypto.js';
import type { JobHandler } from '../../../platform/jobs.js';
import { senderAddress } from '../../feedback/index.js';
import { recordChanges } from '../audit.js';
import { resolutionCsatMail, type Lang } from './mail.js';

export const ZResolutionCsatJob = z.object({ caseId: z.uuid() });

/** The customer's language: the feedback's, else a `language`/`locale` trait, else the workspace's. */
export function customerLanguage(responseLang: string | null, traits: unknown, workspaceLocale: string): Lang {
  if (responseLang === 'vi' || responseLang === 'en') return responseLang;
  const t = (traits ?? {}) as Record<string, unknown>;
  for (const k of ['language', 'locale', 'lang']) {
    const v = typeof t[k] === 'string' ? (t[k] as string).toLowerCase() : '';
    if (v.startsWith('en')) return 'en';
    if (v.startsWith('vi')) return 'vi';
  }
  return workspaceLocale === 'en' ? 'en' : 'vi';
}

/**
 * RESOLUTION_CSAT_JOB: asks the customer of a just-resolved case how it went. A new link (token,
 * stored hashed) replaces any earlier one, and an answer about an earlier resolution (before a
 * reopen) is cleared, audited — unless this resolution is already answered (a retried job). A
 * case reopened before the job runs, or a customer without email, gets nothing. A send failure
 * throws: the jobs table retries with a fresh link (the failed one never reached anyone).
 */
export function resolutionCsatJob(ctx: AppContext): JobHandler {
  const db = ctx.database.db;
  return async ({ job }) => {
    const { caseId } = ZResolutionCsatJob.parse(job.payload);
    const workspaceId = job.workspaceId;
    if (!workspaceId) throw new Error('The resolution CSAT job needs a workspace');
    const token = randomToken(32);
    const prepared = await db.transaction(async (tx) => {
      const [c] = await tx
        .select({
          number: cases.number,
          subject: cases.subject,
          status: cases.status,
          resolvedAt: cases.resolvedAt,
          csatScore: cases.csatScore,
          csatAt: cases.csatAt,
          email: customers.email,
          name: customers.name,
          traits: customers.traits,
          responseLang: responses.language,
          workspaceName: workspaces.name,
          workspaceLocale: workspaces.locale,
        })
        .from(cases)
        .innerJoin(workspaces, eq(workspaces.id, cases.workspaceId))
        .leftJoin(customers, and(eq(customers.workspaceId, cases.workspaceId), eq(customers.id, cases.customerId)))
        .leftJoin(responses, and(eq(responses.workspaceId, cases.workspaceId), eq(responses.id, cases.responseId)))
        .where(and(eq(cases.workspaceId, workspaceId), eq(cases.id, caseId)))
        .for('update', { of: cases });
      if (!c) return { skipped: 'case_gone' as const };
      if (c.status !== 'resolved' && c.status !== 'closed') return { skipped: 'reopened' as const };
      if (c.csatAt && c.resolvedAt && c.csatAt >= c.resolvedAt) return { skipped: 'answered' as const };
      if (!c.email) return { skipped: 'no_email' as const };
      await tx
        .update(cases)
        .set({ csatTokenHash: sha256(token), csatScore: null, csatComment: null, csatAt: null, ...(c.csatScore !== null ? { version: sql`${cases.version} + 1`, updatedAt: new Date() } : {}) })
        .where(and(eq(cases.workspaceId, workspaceId), eq(cases.id, caseId)));
      if (c.csatScore !== null) {
        await recordChanges(tx, { workspaceId, caseId, actorId: null, automation: 'system' }, [{ field: 'csatScore', from: String(c.csatScore), to: null }]);
      }
      return { skipped: null, mail: { ...c, email: c.email } };
    });
    if (!prepared.mail) return { skipped: prepared.skipped };
    const m = prepared.mail;
    const lang = customerLanguage(m.responseLang, m.traits, m.workspaceLocale);
    await ctx.mailer.send(
      resolutionCsatMail(
        { email: m.email, name: m.name },
        { lang, token, publicUrl: ctx.config.publicUrl, workspaceName: m.workspaceName, senderAddress: senderAddress(ctx.config.mailFrom), caseNumber: m.number, subject: m.subject },
      ),
    );
    return { sent: 1, language: lang };
  };
}
