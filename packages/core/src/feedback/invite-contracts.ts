import { z } from 'zod';
import { zCleanString } from '../workspace/contracts.js';
import { SURVEY_LANGUAGES, ZAnswer } from './survey.js';

/**
 * Survey invitations: a personal link (made in the builder, or sent by email) carries a token that
 * names the customer, the touchpoint and the invitation. The token is the whole credential of the
 * public routes; the server takes who answered from it, never from the request body.
 */

/** Base62, as the server makes them (32 characters, about 190 bits). */
export const INVITE_TOKEN_LENGTH = 32;
export const ZInviteToken = z.string().regex(/^[A-Za-z0-9]{32}$/, 'Not an invitation token');
/** The query parameter of the public survey link that carries the token: /s/<publicId>?t=<token>. */
export const INVITE_PARAM = 't';

export const ZPersonalLinkCreate = z.object({
  /** The customer, by the business's own user id. */
  userId: zCleanString().min(1).max(400),
  touchpointId: z.uuid().nullable().default(null),
});
export type PersonalLinkCreate = z.input<typeof ZPersonalLinkCreate>;

export const ZPersonalLink = z.object({
  id: z.string(),
  url: z.string(),
  customer: z.object({ userId: z.string(), name: z.string().nullable(), email: z.string().nullable() }),
  touchpoint: z.object({ id: z.string(), name: z.string() }).nullable(),
  /** Answered through this link already (a link is answered once; opening it again shows the thank-you). */
  answered: z.boolean(),
  createdAt: z.string(),
});
export type PersonalLink = z.infer<typeof ZPersonalLink>;

/** What the public page learns from a token: the survey it belongs to and where the respondent stands. */
export const ZPublicInvite = z.object({
  publicId: z.string(),
  /** The language the invitation was sent in, when it was emailed. */
  language: z.enum(SURVEY_LANGUAGES).nullable(),
  /** Answered already: the response is final. */
  completed: z.boolean(),
  /** Answers saved so far (a partial response), to continue where they stopped. */
  answers: z.record(z.string(), z.unknown()),
});
export type PublicInvite = z.infer<typeof ZPublicInvite>;

export const ZInviteParams = z.object({ token: z.string().max(200) });

export const ZInviteResponseSave = z.object({
  answers: z.record(z.string().max(40), ZAnswer).refine((a) => Object.keys(a).length <= 50, 'Too many answers'),
  language: z.enum(SURVEY_LANGUAGES).default('vi'),
  complete: z.boolean().default(false),
  /** The honeypot, as on the survey link. */
  website: z.string().max(500).optional(),
});
export type InviteResponseSave = z.input<typeof ZInviteResponseSave>;

export const ZUnsubscribeInfo = z.object({
  workspaceName: z.string(),
  /** Masked: the page shows whose address it is without giving it away. */
  email: z.string(),
  unsubscribed: z.boolean(),
});
export type UnsubscribeInfo = z.infer<typeof ZUnsubscribeInfo>;
