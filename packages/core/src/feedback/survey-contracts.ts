import { z } from 'zod';
import { zCleanString, zText } from '../workspace/contracts.js';
import { ZSurveyDefinition } from './survey.js';
import { SURVEY_TEMPLATE_KEYS } from './templates.js';

export const SURVEY_STATUSES = ['draft', 'active', 'paused', 'archived'] as const;
export type SurveyStatus = (typeof SURVEY_STATUSES)[number];

const ZId = z.uuid();
const zPerson = z.object({ id: z.string(), name: z.string() }).nullable();

/** A survey as lists show it. */
export const ZSurveySummary = z.object({
  id: z.string(),
  name: z.string(),
  status: z.enum(SURVEY_STATUSES),
  /** The touchpoints it listens at, by name. */
  touchpoints: z.array(z.object({ id: z.string(), name: z.string() })),
  questionCount: z.number().int(),
  /** The score questions it carries (nps, csat, ces, csi), in order. */
  metrics: z.array(z.enum(['nps', 'csat', 'ces', 'csi'])),
  createdBy: zPerson,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type SurveySummary = z.infer<typeof ZSurveySummary>;

/** A whole survey: its definition, and the public id its link and QR code carry. */
export const ZSurvey = ZSurveySummary.extend({
  definition: z.record(z.string(), z.unknown()),
  publicId: z.string(),
  /** Bumped by every save; send it back with a PATCH so a save over someone else's newer one is refused. */
  version: z.number().int(),
});
export type Survey = Omit<z.infer<typeof ZSurvey>, 'definition'> & { definition: z.infer<typeof ZSurveyDefinition> };

export const ZSurveyCreate = z
  .object({
    name: zText(120),
    /** Start from a template, or from a definition (a template's when both are given). */
    template: z.enum(SURVEY_TEMPLATE_KEYS).optional(),
    definition: ZSurveyDefinition.optional(),
    touchpointIds: z.array(ZId).max(100).default([]),
  })
  .refine((b) => b.template !== undefined || b.definition !== undefined, { message: 'Give a template or a definition', path: ['definition'] });
export type SurveyCreate = z.input<typeof ZSurveyCreate>;

export const ZSurveyPatch = z
  .object({
    name: zText(120),
    definition: ZSurveyDefinition,
    status: z.enum(SURVEY_STATUSES),
    touchpointIds: z.array(ZId).max(100),
    /** The version this edit was made on: when the survey has moved on since, the save is refused (409 version_conflict). */
    version: z.number().int().min(1),
  })
  .partial();
export type SurveyPatch = z.input<typeof ZSurveyPatch>;

export const ZSurveyParams = z.object({ id: ZId });

export const ZSurveyQuery = z.object({
  q: zCleanString().max(200).optional(),
  status: z.enum(SURVEY_STATUSES).optional(),
  touchpointId: ZId.optional(),
  sort: z.enum(['updatedAt', 'name', 'status']).default('updatedAt'),
  order: z.enum(['asc', 'desc']).default('desc'),
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(25),
});
export type SurveyQuery = z.infer<typeof ZSurveyQuery>;

export const ZSurveyTemplate = z.object({
  key: z.enum(SURVEY_TEMPLATE_KEYS),
  name: z.object({ vi: z.string(), en: z.string() }),
  description: z.object({ vi: z.string(), en: z.string() }),
  definition: z.record(z.string(), z.unknown()),
});
