import { z } from 'zod';
import { zCleanString } from '../workspace/contracts.js';
import { NPS_GROUPS, SCORE_GROUPS, SCORED_TYPES } from './response-score.js';
import { QUESTION_TYPES, SURVEY_LANGUAGES } from './survey.js';

/** Where a response was given. */
export const RESPONSE_CHANNELS = ['link', 'widget', 'kiosk', 'email', 'qr'] as const;
export type ResponseChannel = (typeof RESPONSE_CHANNELS)[number];

export const RESPONSE_STATUSES = ['completed', 'partial'] as const;
export type ResponseStatus = (typeof RESPONSE_STATUSES)[number];

/** A score-group filter: NPS's own groups, or how the respondent felt on any scale. */
export const RESPONSE_SCORE_FILTERS = [...NPS_GROUPS, ...SCORE_GROUPS] as const;
export type ResponseScoreFilter = (typeof RESPONSE_SCORE_FILTERS)[number];

export const RESPONSE_SORTS = ['answeredAt', 'score', 'survey'] as const;

const ZId = z.uuid();
const zDay = z.iso.date();
const fromNotAfterTo = (q: { from?: string | undefined; to?: string | undefined }) => !q.from || !q.to || q.from <= q.to;
const fromMessage = { message: '`from` must not be after `to`', path: ['from'] };

/** What picks responses out: every filter optional; days are the workspace's, both ends included. */
const filterShape = {
  surveyId: ZId.optional(),
  touchpointId: ZId.optional(),
  channel: z.enum(RESPONSE_CHANNELS).optional(),
  storeId: ZId.optional(),
  scoreGroup: z.enum(RESPONSE_SCORE_FILTERS).optional(),
  status: z.enum(RESPONSE_STATUSES).optional(),
  from: zDay.optional(),
  to: zDay.optional(),
  /** Words in the open answers, with or without diacritics: every word must appear. */
  q: zCleanString().max(200).optional(),
  /** The business's user id of a customer: their responses under any of their identities. */
  customer: zCleanString().min(1).max(400).optional(),
};

export const ZResponseFilters = z.object(filterShape).refine(fromNotAfterTo, fromMessage);
export type ResponseFilters = z.infer<typeof ZResponseFilters>;

export const ZResponseQuery = z
  .object({
    ...filterShape,
    sort: z.enum(RESPONSE_SORTS).default('answeredAt'),
    order: z.enum(['asc', 'desc']).default('desc'),
    page: z.coerce.number().int().min(1).max(100000).default(1),
    pageSize: z.coerce.number().int().min(1).max(200).default(25),
  })
  .refine(fromNotAfterTo, fromMessage);
export type ResponseQuery = z.infer<typeof ZResponseQuery>;
export type ResponseQueryInput = z.input<typeof ZResponseQuery>;

const zRef = z.object({ id: z.string(), name: z.string() });

export const ZResponseScore = z.object({
  metric: z.enum(SCORED_TYPES),
  questionId: z.string(),
  value: z.number(),
  min: z.number(),
  max: z.number(),
  group: z.enum(SCORE_GROUPS),
  npsGroup: z.enum(NPS_GROUPS).nullable(),
});
export type ResponseScoreView = z.infer<typeof ZResponseScore>;

/** A response as lists show it: names, never bare ids, beside each reference. */
export const ZResponseSummary = z.object({
  id: z.string(),
  status: z.enum(RESPONSE_STATUSES),
  /** When it was completed; for a partial response, when it was last saved. */
  answeredAt: z.string(),
  survey: zRef,
  touchpoint: zRef.nullable(),
  channel: z.enum(RESPONSE_CHANNELS),
  store: zRef.nullable(),
  /** The kiosk it was given on; `name` is null when the device is no longer known. */
  device: z.object({ id: z.string(), name: z.string().nullable() }).nullable(),
  /** Null for an anonymous respondent. `id` is null while the user id names no known customer. */
  customer: z.object({ id: z.string().nullable(), userId: z.string(), name: z.string().nullable() }).nullable(),
  language: z.enum(SURVEY_LANGUAGES),
  score: ZResponseScore.nullable(),
  /** The first open-text answer, shortened. */
  snippet: z.string().nullable(),
});
export type ResponseSummary = z.infer<typeof ZResponseSummary>;

/** An answer as people read it: labels for choices and attributes, contact details marked personal. */
export const ZAnswerView = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('score'), value: z.number(), min: z.number(), max: z.number(), group: z.enum(SCORE_GROUPS), npsGroup: z.enum(NPS_GROUPS).nullable() }),
  z.object({ kind: z.literal('choice'), labels: z.array(z.string()) }),
  z.object({ kind: z.literal('text'), text: z.string() }),
  z.object({
    kind: z.literal('ratings'),
    items: z.array(z.object({ key: z.string(), label: z.string(), value: z.number(), max: z.number() })),
    /** The weighted mean on 0..100. */
    value: z.number(),
    group: z.enum(SCORE_GROUPS),
  }),
  z.object({ kind: z.literal('contact'), personal: z.literal(true), name: z.string().nullable(), phone: z.string().nullable(), email: z.string().nullable() }),
]);
export type AnswerView = z.infer<typeof ZAnswerView>;

export const ZAnsweredQuestion = z.object({
  questionId: z.string(),
  type: z.enum(QUESTION_TYPES),
  title: z.string(),
  /** Whether the respondent was shown it (conditions hide some questions). */
  shown: z.boolean(),
  answer: ZAnswerView.nullable(),
});
export type AnsweredQuestion = z.infer<typeof ZAnsweredQuestion>;

export const ZResponseDetail = ZResponseSummary.extend({
  createdAt: z.string(),
  updatedAt: z.string(),
  completedAt: z.string().nullable(),
  /** Every question of the survey, in order, in the reader's language where the survey has it. */
  answers: z.array(ZAnsweredQuestion),
});
export type ResponseDetail = z.infer<typeof ZResponseDetail>;

export const ZResponseParams = z.object({ id: ZId });

// ---- exports ----

export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
/** An export holds at most this many responses; narrow the filters for more. */
export const MAX_EXPORT_ROWS = 100_000;
/** Finished exports are kept this long, then removed. */
export const EXPORT_KEEP_DAYS = 7;

export const ZResponseExportCreate = z.object({
  format: z.enum(EXPORT_FORMATS),
  /** Headers and labels; the request's language when not given. */
  language: z.enum(SURVEY_LANGUAGES).optional(),
  filters: ZResponseFilters.default({}),
});
export type ResponseExportCreate = z.input<typeof ZResponseExportCreate>;

export const ZResponseExport = z.object({
  id: z.string(),
  format: z.enum(EXPORT_FORMATS),
  language: z.enum(SURVEY_LANGUAGES),
  status: z.enum(['queued', 'running', 'done', 'failed']),
  /** Responses matched when it was asked for; written ones when done. */
  rowCount: z.number().int(),
  byteSize: z.number().int().nullable(),
  fileName: z.string(),
  jobId: z.string().nullable(),
  error: z.string().nullable(),
  createdBy: z.object({ id: z.string(), name: z.string() }).nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type ResponseExport = z.infer<typeof ZResponseExport>;
