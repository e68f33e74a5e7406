import type { PublicCaseCsat } from '@footprint/core';
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../../db/database.js';
import { cases, customers, responses, workspaces } from '../../../db/schema.js';
import { sha256 } from '../../../platform/crypto.js';
import { AppError, conflict, notFound } from '../../../platform/errors.js';
import { recordChanges } from '../audit.js';
import { customerLanguage } from './ask.js';

/** The token is the whole credential: it names one case of one workspace (stored hashed), nothing else is taken from the request. */
async function byToken(db: Db, token: string) {
  const [c] = await db
    .select({
      workspaceId: cases.workspaceId,
      id: cases.id,
      number: cases.number,
      subject: cases.subject,
      status: cases.status,
      csatScore: cases.csatScore,
      csatAt: cases.csatAt,
      workspaceName: workspaces.name,
      workspaceLocale: workspaces.locale,
      traits: customers.traits,
      responseLang: responses.language,
    })
    .from(cases)
    .innerJoin(workspaces, eq(workspaces.id, cases.workspaceId))
    .leftJoin(customers, and(eq(customers.workspaceId, cases.workspaceId), eq(customers.id, cases.customerId)))
    .leftJoin(responses, and(eq(responses.workspaceId, cases.workspaceId), eq(responses.id, cases.responseId)))
    .where(eq(cases.csatTokenHash, sha256(token)));
  if (!c) throw new AppError(404, 'token_invalid', 'This link is invalid or has expired');
  return c;
}

const view = (c: Awaited<ReturnType<typeof byToken>>): PublicCaseCsat => ({
  workspaceName: c.workspaceName,
  caseNumber: c.number,
  subject: c.subject,
  answered: c.csatAt !== null,
  score: c.csatScore,
  language: customerLanguage(c.responseLang, c.traits, c.workspaceLocale),
});

export async function publicCaseCsat(db: Db, token: string): Promise<PublicCaseCsat> {
  return view(await byToken(db, token));
}

/**
 * Records the customer's answer on the case, once: a second answer is 409 `already_answered`; a
 * case reopened since the question was sent is 409 `case_reopened` (there is no resolution to
 * rate). The conditional UPDATE decides, so two answers racing cannot both land. Audited.
 */
export async function answerCaseCsat(db: Db, token: string, answer: { score: number; comment?: string | undefined }): Promise<PublicCaseCsat & { workspaceId: string; caseId: string }> {
  const c = await byToken(db, token);
  if (c.csatAt !== null) throw conflict('already_answered', 'This question has already been answered');
  if (c.status !== 'resolved' && c.status !== 'closed') throw conflict('case_reopened', 'This request has been reopened');
  const comment = answer.comment?.trim() ? answer.comment.trim() : null;
  const done = await db.transaction(async (tx) => {
    const rows = await tx
      .update(cases)
      .set({ csatScore: answer.score, csatComment: comment, csatAt: new Date(), version: sql`${cases.version} + 1`, updatedAt: new Date() })
      .where(and(eq(cases.workspaceId, c.workspaceId), eq(cases.id, c.id), eq(cases.csatTokenHash, sha256(token)), isNull(cases.csatAt), inArray(cases.status, ['resolved', 'closed'])))
      .returning({ id: cases.id });
    if (rows.length === 0) return false;
    await recordChanges(tx, { workspaceId: c.workspaceId, caseId: c.id, actorId: null, automation: 'customer' }, [
      { field: 'csatScore', from: null, to: String(answer.score) },
      ...(comment ? [{ field: 'csatComment', from: null, to: comment }] : []),
    ]);
    return true;
  });
  if (!done) {
    const now = await byToken(db, token);
    if (now.csatAt !== null) throw conflict('already_answered', 'This question has already been answered');
    if (now.status !== 'resolved' && now.status !== 'closed') throw conflict('case_reopened', 'This request has been reopened');
    throw notFound();
  }
  return { ...view({ ...c, csatAt: new Date(), csatScore: answer.score }), workspaceId: c.workspaceId, caseId: c.id };
}
