import {
  foldForSearch, INVITE_TOKEN_LENGTH, languageOf, type InviteResponseSave, type PersonalLink, type PublicInvite, type SurveyLanguage, ZAnswer,
} from '@footprint/core';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../../db/database.js';
import { customers, responses, surveyInvites, surveys, touchpoints } from '../../../db/schema.js';
import { randomToken } from '../../../platform/crypto.js';
import { notFound } from '../../../platform/errors.js';
import { newId } from '../../../platform/ids.js';
import { publicSurvey, saveResponse } from '../respond.js';

export const newInviteToken = () => randomToken(INVITE_TOKEN_LENGTH);
const TOKEN = /^[A-Za-z0-9]{32}$/;

/** The public survey link that carries an invitation: the page sends the token back with the answers. */
export const inviteUrl = (publicUrl: string, publicId: string, token: string) => `${publicUrl}/s/${publicId}?t=${token}`;

/** A customer's language, from a `language` or `locale` trait when they have one. */
export const customerLanguage = (traits: unknown, fallback: SurveyLanguage): SurveyLanguage => {
  const t = z.record(z.string(), z.unknown()).safeParse(traits).data ?? {};
  return languageOf(t.language ?? t.locale ?? t.lang, fallback);
};

/**
 * A personal link for one customer (and touchpoint): made once and kept, so asking again gives the
 * same link, and the customer answers once whichever copy they open.
 */
export async function personalLink(
  db: Db,
  publicUrl: string,
  workspaceId: string,
  surveyId: string,
  input: { userId: string; touchpointId: string | null },
): Promise<PersonalLink> {
  const [s] = await db.select({ publicId: surveys.publicId }).from(surveys).where(and(eq(surveys.workspaceId, workspaceId), eq(surveys.id, surveyId)));
  if (!s) throw notFound('Survey not found');
  let touchpoint: { id: string; name: string } | null = null;
  if (input.touchpointId) {
    const [tp] = await db
      .select({ id: touchpoints.id, name: touchpoints.name })
      .from(touchpoints)
      .where(
        and(
          eq(touchpoints.workspaceId, workspaceId),
          eq(touchpoints.id, input.touchpointId),
          sql`exists (select 1 from survey_touchpoints st where st.workspace_id = ${workspaceId} and st.survey_id = ${surveyId} and st.touchpoint_id = ${input.touchpointId})`,
        ),
      );
    if (!tp) throw notFound('Touchpoint not found');
    touchpoint = tp;
  }
  const userId = input.userId.normalize('NFC');
  const [c] = await db
    .select({ userId: customers.userId, name: customers.name, email: customers.email, traits: customers.traits })
    .from(customers)
    .where(and(eq(customers.workspaceId, workspaceId), eq(customers.userId, userId)));
  if (!c) throw notFound('Customer not found');
  const find = async () =>
    (
      await db
        .select({ id: surveyInvites.id, token: surveyInvites.token, responseId: surveyInvites.responseId, createdAt: surveyInvites.createdAt })
        .from(surveyInvites)
        .where(
          and(
            eq(surveyInvites.workspaceId, workspaceId),
            eq(surveyInvites.surveyId, surveyId),
            isNull(surveyInvites.campaignId),
            eq(surveyInvites.userId, userId),
            touchpoint ? eq(surveyInvites.touchpointId, touchpoint.id) : isNull(surveyInvites.touchpointId),
          ),
        )
    )[0];
  let invite = await find();
  if (!invite) {
    await db
      .insert(surveyInvites)
      .values({
        workspaceId, id: newId(), surveyId, token: newInviteToken(), channel: 'link', userId, email: c.email, name: c.name,
        search: foldForSearch(`${c.name ?? ''} ${c.email ?? ''}`), language: customerLanguage(c.traits, 'vi'), touchpointId: touchpoint?.id ?? null,
      })
      .onConflictDoNothing(); // made at the same moment by another request: take that one
    invite = await find();
  }
  const answered = invite!.responseId ? await isCompleted(db, workspaceId, invite!.responseId) : false;
  return {
    id: invite!.id,
    url: inviteUrl(publicUrl, s.publicId, invite!.token),
    customer: { userId: c.userId, name: c.name, email: c.email },
    touchpoint,
    answered,
    createdAt: invite!.createdAt.toISOString(),
  };
}

async function isCompleted(db: Db, workspaceId: string, responseId: string): Promise<boolean> {
  const [r] = await db.select({ at: responses.completedAt }).from(responses).where(and(eq(responses.workspaceId, workspaceId), eq(responses.id, responseId)));
  return Boolean(r?.at);
}

/** An invitation by its token, with its survey; only an active survey's invitations answer. */
async function findInvite(db: Db, token: string) {
  if (!TOKEN.test(token)) throw notFound('Invitation not found');
  const [i] = await db.select().from(surveyInvites).where(eq(surveyInvites.token, token));
  if (!i) throw notFound('Invitation not found');
  const [s] = await db
    .select({ publicId: surveys.publicId })
    .from(surveys)
    .where(and(eq(surveys.workspaceId, i.workspaceId), eq(surveys.id, i.surveyId), eq(surveys.status, 'active')));
  if (!s) throw notFound('Invitation not found');
  return { invite: i, survey: await publicSurvey(db, s.publicId) };
}

const ZStoredAnswers = z.record(z.string(), ZAnswer);

/** What the public page needs to continue: the survey, the language, and the answers saved so far. Opening counts as opened. */
export async function publicInvite(db: Db, token: string): Promise<PublicInvite> {
  const { invite, survey } = await findInvite(db, token);
  if (!invite.openedAt) {
    await db
      .update(surveyInvites)
      .set({ openedAt: new Date() })
      .where(and(eq(surveyInvites.workspaceId, invite.workspaceId), eq(surveyInvites.id, invite.id), isNull(surveyInvites.openedAt)));
  }
  let completed = false;
  let answers: Record<string, unknown> = {};
  if (invite.responseId) {
    const [r] = await db
      .select({ answers: responses.answers, completedAt: responses.completedAt })
      .from(responses)
      .where(and(eq(responses.workspaceId, invite.workspaceId), eq(responses.id, invite.responseId)));
    completed = Boolean(r?.completedAt);
    // A finished response is not shown again: the page only says thank you.
    answers = r && !completed ? (ZStoredAnswers.safeParse(r.answers).data ?? {}) : {};
  }
  return { publicId: survey.survey.publicId, language: invite.channel === 'email' ? invite.language : null, completed, answers };
}

/**
 * Saves answers made through an invitation: one response per invitation. The first save binds a
 * response id (chosen here, not by the client) to the invitation; every later save, from any
 * device, continues that response, and a completed one is final. The customer, touchpoint,
 * channel and invitation come from the token, never from the request.
 */
export async function saveInviteResponse(db: Db, token: string, body: Required<Pick<InviteResponseSave, 'answers'>> & { language: SurveyLanguage; complete: boolean }) {
  const { invite, survey } = await findInvite(db, token);
  const where = and(eq(surveyInvites.workspaceId, invite.workspaceId), eq(surveyInvites.id, invite.id));
  let responseId = invite.responseId;
  if (!responseId) {
    const [bound] = await db
      .update(surveyInvites)
      .set({ responseId: newId(), openedAt: invite.openedAt ?? new Date() })
      .where(and(where, isNull(surveyInvites.responseId)))
      .returning({ responseId: surveyInvites.responseId });
    responseId = bound?.responseId ?? (await db.select({ responseId: surveyInvites.responseId }).from(surveyInvites).where(where))[0]?.responseId ?? null;
  }
  if (!responseId) throw notFound('Invitation not found');
  // A touchpoint the survey no longer listens at is dropped rather than refusing the customer.
  const touchpointId = invite.touchpointId && survey.touchpointIds.includes(invite.touchpointId) ? invite.touchpointId : undefined;
  const saved = await saveResponse(
    db,
    { workspaceId: invite.workspaceId, surveyId: invite.surveyId, definition: survey.definition, timeZone: survey.timeZone, touchpointIds: survey.touchpointIds },
    {
      responseId,
      answers: body.answers,
      language: body.language,
      complete: body.complete,
      touchpointId,
      channel: invite.channel,
      userId: invite.userId ?? undefined,
      invitationId: invite.id,
    },
  );
  return { ...saved, workspaceId: invite.workspaceId, surveyId: invite.surveyId, campaignId: invite.campaignId };
}
