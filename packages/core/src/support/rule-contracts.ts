import { z } from 'zod';
import { zCleanString, zText } from '../workspace/contracts.js';
import { nfc } from '../text/normalize.js';
import { CASE_CHANNELS, CASE_PRIORITIES, zCaseTag } from './contracts.js';

/**
 * What a case rule looks at. Every condition that is set must hold (AND); lists hold when any of
 * their items does (OR); an empty list or null is "any".
 * - `score`: a metric of the feedback against a cut-off (NPS ≤ 6, CSAT ≤ 2 on 1–5, CES ≥ 5 on 1–7).
 * - `touchpointIds`, `surveyIds`, `channels`: where it was given.
 * - `words`: any of these words or phrases in the comment, ignoring case and diacritics.
 * - `segment`: a customer trait (e.g. `tier` = `vip`, `city` contains `hà nội`), diacritics ignored.
 */
export const SCORE_METRICS = ['nps', 'csat', 'ces'] as const;
export type ScoreMetric = (typeof SCORE_METRICS)[number];
export const ZScoreCondition = z.object({ metric: z.enum(SCORE_METRICS), op: z.enum(['lte', 'gte']), value: z.number().min(0).max(10) });
export type ScoreCondition = z.infer<typeof ZScoreCondition>;
export const ZSegmentCondition = z.object({ trait: z.string().min(1).max(80).regex(/^[A-Za-z0-9_.$-]+$/), op: z.enum(['eq', 'contains']), value: zText(200) });
export const zRuleWord = zCleanString()
  .transform((s) => nfc(s).trim())
  .pipe(z.string().min(1).max(80));
export const ZCaseConditions = z.object({
  score: ZScoreCondition.nullable().default(null),
  touchpointIds: z.array(z.uuid()).max(50).default([]),
  surveyIds: z.array(z.uuid()).max(50).default([]),
  channels: z.array(z.enum(CASE_CHANNELS)).max(CASE_CHANNELS.length).default([]),
  words: z.array(zRuleWord).max(50).default([]),
  segment: ZSegmentCondition.nullable().default(null),
});
export type CaseConditions = z.infer<typeof ZCaseConditions>;
/** Conditions as the API returns them (already clean: no input transforms, so responses serialise). */
export const ZCaseConditionsView = z.object({
  score: ZScoreCondition.nullable(),
  touchpointIds: z.array(z.string()),
  surveyIds: z.array(z.string()),
  channels: z.array(z.enum(CASE_CHANNELS)),
  words: z.array(z.string()),
  segment: z.object({ trait: z.string(), op: z.enum(['eq', 'contains']), value: z.string() }).nullable(),
});
export type CaseConditionsInput = z.input<typeof ZCaseConditions>;

/** What a rule is checked against: one piece of feedback (or a case), flattened. */
export interface CaseFacts {
  scores: Partial<Record<ScoreMetric, number>>;
  touchpointId: string | null;
  surveyId: string | null;
  channel: string | null;
  /** The open answers, joined. */
  comment: string;
  /** The customer's traits (flat keys), or {} for an anonymous respondent. */
  traits: Record<string, unknown>;
}

/**
 * An automation rule: feedback that matches opens a case (once per response, whichever rule matches
 * first by `position`), with this priority and these tags. The department then comes from routing.
 */
export const ZCaseTrigger = z.object({
  id: z.string(),
  name: z.string(),
  enabled: z.boolean(),
  position: z.number().int(),
  conditions: ZCaseConditionsView,
  priority: z.enum(CASE_PRIORITIES),
  tags: z.array(z.string()),
  /** Cases this rule has opened, all time. */
  fired: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type CaseTrigger = z.infer<typeof ZCaseTrigger>;
export const ZCaseTriggerInput = z.object({
  name: zText(120),
  enabled: z.boolean().default(true),
  conditions: ZCaseConditions,
  priority: z.enum(CASE_PRIORITIES).default('normal'),
  tags: z.array(zCaseTag).max(20).default([]),
});
export type CaseTriggerInput = z.input<typeof ZCaseTriggerInput>;

/** A routing rule: a case that matches goes to this department (first match by `position`; else the default department). */
export const ZRoutingRule = z.object({
  id: z.string(),
  name: z.string(),
  enabled: z.boolean(),
  position: z.number().int(),
  conditions: ZCaseConditionsView,
  departmentId: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type RoutingRule = z.infer<typeof ZRoutingRule>;
export const ZRoutingRuleInput = z.object({
  name: zText(120),
  enabled: z.boolean().default(true),
  conditions: ZCaseConditions,
  departmentId: z.uuid(),
});
export type RoutingRuleInput = z.input<typeof ZRoutingRuleInput>;
/** New order of rules: every id, once. */
export const ZRuleOrder = z.object({ ids: z.array(z.uuid()).min(1).max(500) });
export const ZRuleParams = z.object({ id: z.uuid() });

/**
 * Within a department a case goes to an agent who is on shift: in turn (round robin), to whoever has
 * the fewest open cases (least loaded), or to nobody (manual: the department's queue).
 */
export const ASSIGNMENT_MODES = ['round_robin', 'least_loaded', 'manual'] as const;
export type AssignmentMode = (typeof ASSIGNMENT_MODES)[number];

/** A department as support sees it. */
export const ZSupportDepartment = z.object({
  id: z.string(),
  nameVi: z.string(),
  nameEn: z.string(),
  assignment: z.enum(ASSIGNMENT_MODES),
  /** Notified of its SLA breaches (and escalations go to). */
  lead: z.object({ id: z.string(), name: z.string() }).nullable(),
  /** Where a case goes when no routing rule matches. Exactly one department is the default. */
  isDefault: z.boolean(),
  agents: z.array(z.object({ id: z.string(), name: z.string(), onShift: z.boolean(), openCases: z.number().int() })),
  openCases: z.number().int(),
  openHandoffs: z.number().int(),
});
export type SupportDepartment = z.infer<typeof ZSupportDepartment>;
export const ZSupportDepartmentPatch = z.object({
  assignment: z.enum(ASSIGNMENT_MODES).optional(),
  leadId: z.uuid().nullable().optional(),
  isDefault: z.literal(true).optional(),
});
/** An agent's own shift switch (or a lead's/admin's for them). */
export const ZShiftPatch = z.object({ onShift: z.boolean() });

/** A change to a trigger: any of its fields; `conditions` replaces them whole. */
export const ZCaseTriggerPatch = z
  .object({
    name: zText(120).optional(),
    enabled: z.boolean().optional(),
    conditions: ZCaseConditions.optional(),
    priority: z.enum(CASE_PRIORITIES).optional(),
    tags: z.array(zCaseTag).max(20).optional(),
  })
  .refine((p) => Object.values(p).some((v) => v !== undefined), { message: 'Nothing to change' });
export const ZRoutingRulePatch = z
  .object({ name: zText(120).optional(), enabled: z.boolean().optional(), conditions: ZCaseConditions.optional(), departmentId: z.uuid().optional() })
  .refine((p) => Object.values(p).some((v) => v !== undefined), { message: 'Nothing to change' });

/** "What would this rule catch?": conditions not saved yet, checked against the last 30 days' feedback. */
export const ZRulePreviewInput = z.object({ conditions: ZCaseConditions });
export const ZRulePreview = z.object({
  /** Completed responses of the period the conditions match, out of `scanned` looked at. */
  matched: z.number().int(),
  scanned: z.number().int(),
  days: z.number().int(),
  examples: z.array(
    z.object({
      responseId: z.string(),
      completedAt: z.string(),
      surveyName: z.string(),
      score: z.object({ metric: z.string(), value: z.number() }).nullable(),
      comment: z.string().nullable(),
      customerName: z.string().nullable(),
    }),
  ),
});
export type RulePreview = z.infer<typeof ZRulePreview>;

/** The caller as support sees them. */
export const ZSupportMe = z.object({ departmentId: z.string().nullable(), onShift: z.boolean(), isLead: z.boolean() });
