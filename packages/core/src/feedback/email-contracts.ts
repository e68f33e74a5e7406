import { z } from 'zod';
import { nfc } from '../text/normalize.js';
import { zCleanString, ZEmail, zText } from '../workspace/contracts.js';
import { hasLinkPlaceholder, unknownPlaceholders } from './email-template.js';
import { SURVEY_LANGUAGES } from './survey.js';

/**
 * Email campaigns: a survey sent to a list of customers, each with a personal link, one reminder,
 * an unsubscribe link and a delivery status per recipient. Requests validate here; answers are
 * plain shapes (no transforms) so the OpenAPI document can describe them.
 */

const ZId = z.uuid();
const ZLanguage = z.enum(SURVEY_LANGUAGES);
/** A calendar day, YYYY-MM-DD, read in the workspace's time zone. */
const ZDay = z.iso.date();

/** Body text: several lines, NFC, no control characters except line breaks and tabs. */
const zBody = (max: number) =>
  zCleanString()
    .transform((s) => nfc(s).replace(/\r\n?/g, '\n').trim())
    .pipe(z.string().min(1).max(max));

const placeholderCheck = (c: { subject: string; body: string }, ctx: z.RefinementCtx) => {
  for (const [field, text] of [['subject', c.subject], ['body', c.body]] as const) {
    const bad = unknownPlaceholders(text);
    if (bad.length > 0) ctx.addIssue({ code: 'custom', path: [field], message: `Unknown placeholder ${bad.join(', ')}: use {{name}}, {{link}} or {{workspace}}` });
  }
  if (!hasLinkPlaceholder(c.body)) ctx.addIssue({ code: 'custom', path: ['body'], message: 'The body must contain {{link}}, where the personal survey link goes' });
};

export const ZEmailContent = z.object({ subject: zText(200), body: zBody(10_000) }).superRefine(placeholderCheck);
/** Vietnamese always; English for recipients whose language is English (else they get Vietnamese). */
export const ZCampaignContent = z.object({ vi: ZEmailContent, en: ZEmailContent.optional() });
const ZContentOut = z.object({ subject: z.string(), body: z.string() });
const ZCampaignContentOut = z.object({ vi: ZContentOut, en: ZContentOut.optional() });

export const AUDIENCE_ANSWERED = ['any', 'answered', 'not_answered'] as const;
/** Customers (with an email) chosen by what is known of them. Segments come with the Insight part. */
export const ZAudienceFilters = z.object({
  provinces: z.array(zText(100)).max(100).default([]),
  /** Seen (any footprint) between these days, inclusive, in the workspace's time zone. */
  seenFrom: ZDay.nullable().default(null),
  seenTo: ZDay.nullable().default(null),
  /** Whether they have already answered this campaign's survey (through any channel). */
  answered: z.enum(AUDIENCE_ANSWERED).default('any'),
});
export type AudienceFilters = z.infer<typeof ZAudienceFilters>;

export const ZAudience = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('customers'), filters: ZAudienceFilters.default({ provinces: [], seenFrom: null, seenTo: null, answered: 'any' }) }),
  /** An uploaded file (CSV/XLSX: email, name, customer id, language); upload it with POST …/recipients-file. */
  z.object({ kind: z.literal('list') }),
]);
export type Audience = z.infer<typeof ZAudience>;

const ZAudienceOut = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('customers'),
    filters: z.object({ provinces: z.array(z.string()), seenFrom: z.string().nullable(), seenTo: z.string().nullable(), answered: z.enum(AUDIENCE_ANSWERED) }),
  }),
  z.object({
    kind: z.literal('list'),
    /** The last uploaded file and what was read from it; null before any upload. */
    file: z
      .object({ name: z.string(), rows: z.number().int(), added: z.number().int(), duplicates: z.number().int(), invalid: z.number().int() })
      .nullable(),
  }),
]);

export const REMINDER_MAX_DAYS = 30;

export const ZCampaignCreate = z.object({
  name: zText(120),
  surveyId: ZId,
  /** Where the answers land; one of the survey's touchpoints. */
  touchpointId: ZId.nullable().default(null),
  audience: ZAudience.default({ kind: 'customers', filters: { provinces: [], seenFrom: null, seenTo: null, answered: 'any' } }),
  /** The default content (both languages) when not given. */
  content: ZCampaignContent.optional(),
  /** For recipients whose language is unknown. */
  defaultLanguage: ZLanguage.default('vi'),
  /** One reminder this many days after sending, to those who have not answered; null for none. */
  reminderDays: z.number().int().min(1).max(REMINDER_MAX_DAYS).nullable().default(3),
});
export type CampaignCreate = z.input<typeof ZCampaignCreate>;

export const ZCampaignPatch = z
  .object({
    name: zText(120),
    surveyId: ZId,
    touchpointId: ZId.nullable(),
    audience: ZAudience,
    content: ZCampaignContent,
    defaultLanguage: ZLanguage,
    reminderDays: z.number().int().min(1).max(REMINDER_MAX_DAYS).nullable(),
  })
  .partial();
export type CampaignPatch = z.input<typeof ZCampaignPatch>;

export const CAMPAIGN_STATUSES = ['draft', 'scheduled', 'sending', 'sent', 'cancelled'] as const;
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];
export const REMINDER_STATUSES = ['none', 'scheduled', 'sending', 'sent'] as const;

/** Per recipient: what happened to their email. */
export const DELIVERY_STATUSES = ['queued', 'sending', 'sent', 'failed', 'bounced', 'suppressed'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];
export const REMINDER_DELIVERY = ['sending', 'sent', 'failed', 'skipped'] as const;
/** The error of an email whose sending was cut off by a crash: never sent again by itself (at most once). */
export const SEND_INTERRUPTED = 'interrupted';

export const ZCampaignTotals = z.object({
  recipients: z.number().int(),
  queued: z.number().int(),
  sending: z.number().int(),
  sent: z.number().int(),
  failed: z.number().int(),
  bounced: z.number().int(),
  suppressed: z.number().int(),
  /** Opened their survey link (no tracking pixel: only a click counts). */
  opened: z.number().int(),
  answered: z.number().int(),
  reminded: z.number().int(),
});
export type CampaignTotals = z.infer<typeof ZCampaignTotals>;

const zRef = z.object({ id: z.string(), name: z.string() });

export const ZCampaignSummary = z.object({
  id: z.string(),
  name: z.string(),
  status: z.enum(CAMPAIGN_STATUSES),
  survey: zRef.extend({ status: z.string() }),
  touchpoint: zRef.nullable(),
  audienceKind: z.enum(['customers', 'list']),
  scheduledAt: z.string().nullable(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  totals: ZCampaignTotals,
  createdBy: zRef.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type CampaignSummary = z.infer<typeof ZCampaignSummary>;

export const ZCampaign = ZCampaignSummary.extend({
  audience: ZAudienceOut,
  content: ZCampaignContentOut,
  defaultLanguage: ZLanguage,
  reminderDays: z.number().int().nullable(),
  reminder: z.object({ status: z.enum(REMINDER_STATUSES), dueAt: z.string().nullable(), sentAt: z.string().nullable() }),
  /** The background job sending it now (progress: GET /api/v1/jobs/{id}), or the last one. */
  jobId: z.string().nullable(),
  /** The survey's languages: recipients in other languages get Vietnamese. */
  surveyLanguages: z.array(ZLanguage),
  surveyPublicId: z.string(),
  /** How this installation sends: over SMTP, or written to the server log (no SMTP_URL set). */
  delivery: z.enum(['smtp', 'log']),
});
export type Campaign = z.infer<typeof ZCampaign>;

export const ZCampaignParams = z.object({ id: ZId });

export const ZCampaignQuery = z.object({
  q: zCleanString().max(200).optional(),
  status: z.enum(CAMPAIGN_STATUSES).optional(),
  surveyId: ZId.optional(),
  sort: z.enum(['updatedAt', 'createdAt', 'name', 'status']).default('updatedAt'),
  order: z.enum(['asc', 'desc']).default('desc'),
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(25),
});
export type CampaignQuery = z.infer<typeof ZCampaignQuery>;

/** Send now (no `at`) or at a later time. */
export const ZCampaignSend = z.object({ at: z.iso.datetime({ offset: true }).optional() });

/** Filters of the recipients table: a delivery status, or how far the recipient got. */
export const RECIPIENT_FILTERS = [...DELIVERY_STATUSES, 'opened', 'answered', 'not_answered', 'reminded'] as const;
export type RecipientFilter = (typeof RECIPIENT_FILTERS)[number];

export const ZRecipientQuery = z.object({
  q: zCleanString().max(200).optional(),
  status: z.enum(RECIPIENT_FILTERS).optional(),
  sort: z.enum(['name', 'email', 'status', 'sentAt', 'answeredAt']).default('name'),
  order: z.enum(['asc', 'desc']).default('asc'),
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(25),
});
export type RecipientQuery = z.infer<typeof ZRecipientQuery>;

export const ZRecipient = z.object({
  id: z.string(),
  name: z.string().nullable(),
  email: z.string(),
  /** The customer's own id, when the recipient is a known customer. */
  userId: z.string().nullable(),
  language: ZLanguage,
  status: z.enum(DELIVERY_STATUSES),
  /** The SMTP server's answer when it failed or bounced. */
  error: z.string().nullable(),
  sentAt: z.string().nullable(),
  reminder: z.object({ status: z.enum(REMINDER_DELIVERY), at: z.string().nullable(), error: z.string().nullable() }).nullable(),
  openedAt: z.string().nullable(),
  answeredAt: z.string().nullable(),
});
export type Recipient = z.infer<typeof ZRecipient>;

export const ZRecipientParams = z.object({ id: ZId, recipientId: ZId });

/** One answer as people read it: the question's title and the answer in words. */
export const ZAnswerLine = z.object({ questionId: z.string(), title: z.string(), answer: z.string() });
export const ZRecipientDetail = ZRecipient.extend({
  response: z
    .object({ id: z.string(), language: ZLanguage, completedAt: z.string().nullable(), updatedAt: z.string(), answers: z.array(ZAnswerLine) })
    .nullable(),
});
export type RecipientDetail = z.infer<typeof ZRecipientDetail>;

/** What an uploaded list gave: rows read, added, repeated addresses, and each bad row with why. */
export const ZRecipientUpload = z.object({
  rows: z.number().int(),
  added: z.number().int(),
  duplicates: z.number().int(),
  invalid: z.array(z.object({ row: z.number().int(), reason: z.string() })),
  columns: z.object({ email: z.string(), name: z.string().nullable(), userId: z.string().nullable(), language: z.string().nullable() }),
});
export type RecipientUpload = z.infer<typeof ZRecipientUpload>;

/** Audience preview: how many customers the filters reach, and a few of them. */
export const ZAudienceQuery = z.object({
  surveyId: ZId,
  /** Comma-separated. */
  provinces: zCleanString().max(4000).optional(),
  seenFrom: ZDay.optional(),
  seenTo: ZDay.optional(),
  answered: z.enum(AUDIENCE_ANSWERED).default('any'),
});
export const ZAudiencePreview = z.object({
  /** Customers with an email address that the filters take. */
  matched: z.number().int(),
  /** Of them, on the unsubscribe list: they will be skipped. */
  suppressed: z.number().int(),
  sample: z.array(z.object({ userId: z.string(), name: z.string().nullable(), email: z.string(), province: z.string().nullable() })),
  /** Provinces of customers with an email, most customers first (for the filter). */
  provinces: z.array(z.object({ name: z.string(), customers: z.number().int() })),
});
export type AudiencePreview = z.infer<typeof ZAudiencePreview>;

export const SUPPRESSION_REASONS = ['unsubscribed', 'bounced', 'manual'] as const;
export const ZSuppression = z.object({
  email: z.string(),
  reason: z.enum(SUPPRESSION_REASONS),
  campaign: zRef.nullable(),
  createdAt: z.string(),
});
export type Suppression = z.infer<typeof ZSuppression>;
export const ZSuppressionQuery = z.object({
  q: zCleanString().max(200).optional(),
  reason: z.enum(SUPPRESSION_REASONS).optional(),
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(25),
});
export const ZSuppressionCreate = z.object({ email: ZEmail });
