import { z } from 'zod';
import { CHANNELS } from '../collection/touchpoints.js';
import { ZCesScore, ZCsatScore, ZNpsScore } from '../feedback/contracts.js';
import { nfc } from '../text/normalize.js';
import { zCleanString, zText } from '../workspace/contracts.js';
import { PERSONA_FIELDS, PERSONA_OPS, ZPersonaRule } from './persona-rule.js';

export * from './persona-rule.js';

/**
 * A persona: a made-up but typical customer the team designs for — who they are, what they want,
 * what gets in their way, how they behave, where they reach the business, in their own words, and
 * an empathy map (says, thinks, does, feels). Tied to a rule over customer traits, it also shows how
 * many real customers it stands for and how those customers score the business.
 */

/** Drawn avatars the dashboard can paint instead of a photo; '' draws the persona's initials. */
export const PERSONA_AVATARS = [
  'woman-young', 'woman', 'woman-elder', 'man-young', 'man', 'man-elder',
  'mother', 'student', 'office', 'shopkeeper', 'farmer', 'retiree',
] as const;
export type PersonaAvatar = (typeof PERSONA_AVATARS)[number];

/** A photo is a small image the browser resized: at most this many bytes once decoded. */
export const PERSONA_PHOTO_MAX_BYTES = 300 * 1024;
export const PERSONA_PHOTO_TYPES = ['image/png', 'image/jpeg', 'image/webp'] as const;
/** The longest side the dashboard resizes a photo to before sending it. */
export const PERSONA_PHOTO_MAX_SIDE = 512;
/** The body limit is 1 MB; the contract admits any data URL below it, so a big photo gets its own code (413 photo_too_large), not a validation error. */
const PHOTO_MAX_CHARS = 1_000_000;

const zLine = (max: number) =>
  zCleanString()
    .transform((s) => nfc(s).trim())
    .pipe(z.string().max(max));
const zItems = z.array(zLine(300).pipe(z.string().min(1))).max(20).default([]);
const zVnd = z.number().int().min(0).max(1_000_000_000_000).nullable().default(null);
const zAge = z.number().int().min(0).max(120).nullable().default(null);

export const ZEmpathyMap = z.object({ says: zItems, thinks: zItems, does: zItems, feels: zItems });
export type EmpathyMap = z.infer<typeof ZEmpathyMap>;
export const EMPATHY_QUADRANTS = ['says', 'thinks', 'does', 'feels'] as const;
export type EmpathyQuadrant = (typeof EMPATHY_QUADRANTS)[number];

export const PERSONA_LISTS = ['goals', 'needs', 'frustrations', 'behaviours'] as const;
export type PersonaList = (typeof PERSONA_LISTS)[number];

export const ZPersonaProfile = z
  .object({
    ageMin: zAge,
    ageMax: zAge,
    gender: zLine(40).default(''),
    occupation: zLine(120).default(''),
    /** Where they live: a province or city ("Hà Nội"). */
    province: zLine(80).default(''),
    /** Monthly income, in đồng. */
    incomeMin: zVnd,
    incomeMax: zVnd,
    /** Family situation ("Đã lập gia đình, 2 con nhỏ"). */
    family: zLine(200).default(''),
    goals: zItems,
    needs: zItems,
    frustrations: zItems,
    behaviours: zItems,
    preferredChannels: z.array(z.enum(CHANNELS)).max(CHANNELS.length).default([]).transform((c) => [...new Set(c)]),
    /** In their own words. */
    quote: zLine(500).default(''),
    empathy: ZEmpathyMap.default({ says: [], thinks: [], does: [], feels: [] }),
  })
  .refine((p) => p.ageMin === null || p.ageMax === null || p.ageMin <= p.ageMax, { message: 'The youngest age must not be above the oldest', path: ['ageMin'] })
  .refine((p) => p.incomeMin === null || p.incomeMax === null || p.incomeMin <= p.incomeMax, { message: 'The lowest income must not be above the highest', path: ['incomeMin'] });
export type PersonaProfile = z.infer<typeof ZPersonaProfile>;
export type PersonaProfileInput = z.input<typeof ZPersonaProfile>;

const ZId = z.uuid();
const zPerson = z.object({ id: z.string(), name: z.string() }).nullable();
/** A photo as sent: a data: URL; the server checks its type and size (photo_invalid, photo_too_large). */
export const ZPersonaPhoto = z.string().max(PHOTO_MAX_CHARS).nullable();

/** A persona as lists show it. */
export const ZPersonaSummary = z.object({
  id: z.string(),
  name: z.string(),
  photo: z.string().nullable(),
  avatar: z.string(),
  occupation: z.string(),
  province: z.string(),
  quote: z.string(),
  hasRule: z.boolean(),
  /** Customers the rule covers now; null without a rule. */
  customers: z.number().int().nullable(),
  createdBy: zPerson,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type PersonaSummary = z.infer<typeof ZPersonaSummary>;

const zStrings = z.array(z.string());
/** A profile as the API returns it (already checked when saved). */
export const ZPersonaProfileView = z.object({
  ageMin: z.number().nullable(),
  ageMax: z.number().nullable(),
  gender: z.string(),
  occupation: z.string(),
  province: z.string(),
  incomeMin: z.number().nullable(),
  incomeMax: z.number().nullable(),
  family: z.string(),
  goals: zStrings,
  needs: zStrings,
  frustrations: zStrings,
  behaviours: zStrings,
  preferredChannels: z.array(z.enum(CHANNELS)),
  quote: z.string(),
  empathy: z.object({ says: zStrings, thinks: zStrings, does: zStrings, feels: zStrings }),
});
const ZPersonaConditionView = z.object({
  field: z.enum(PERSONA_FIELDS),
  key: z.string().optional(),
  op: z.enum(PERSONA_OPS),
  value: z.union([z.boolean(), z.number(), z.string(), z.array(z.string())]),
});
/** A rule as the API returns it. */
export const ZPersonaRuleView = z.object({ match: z.enum(['all', 'any']), conditions: z.array(ZPersonaConditionView) });

export const ZPersona = ZPersonaSummary.extend({
  profile: ZPersonaProfileView,
  rule: ZPersonaRuleView.nullable(),
  /** Bumped by every save; send it back with a PATCH so a save over someone else's newer one is refused. */
  version: z.number().int(),
});
export type Persona = z.infer<typeof ZPersona>;

export const ZPersonaCreate = z.object({
  name: zText(120),
  photo: ZPersonaPhoto.default(null),
  avatar: z.union([z.enum(PERSONA_AVATARS), z.literal('')]).default(''),
  profile: ZPersonaProfile.default(ZPersonaProfile.parse({})),
  rule: ZPersonaRule.nullable().default(null),
});
export type PersonaCreate = z.input<typeof ZPersonaCreate>;

export const ZPersonaPatch = z
  .object({
    name: zText(120),
    photo: ZPersonaPhoto,
    avatar: z.union([z.enum(PERSONA_AVATARS), z.literal('')]),
    profile: ZPersonaProfile,
    rule: ZPersonaRule.nullable(),
    /** The version this edit was made on: when the persona has moved on since, the save is refused (409 version_conflict). */
    version: z.number().int().min(1),
  })
  .partial();
export type PersonaPatch = z.input<typeof ZPersonaPatch>;

export const ZPersonaParams = z.object({ id: ZId });

export const ZPersonaQuery = z.object({
  q: zCleanString().max(200).optional(),
  sort: z.enum(['updatedAt', 'name', 'createdAt']).default('updatedAt'),
  order: z.enum(['asc', 'desc']).default('desc'),
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(25),
});
export type PersonaQuery = z.infer<typeof ZPersonaQuery>;

/** A calendar day in the workspace's time zone. */
const zDay = z.iso.date().refine((d) => d >= '2000-01-01' && d <= '2100-12-31', { message: 'A day from 2000-01-01 to 2100-12-31' });
const inOrder = (q: { from?: string | undefined; to?: string | undefined }) => !q.from || !q.to || q.from <= q.to;
const inOrderIssue = { message: '`from` must not be after `to`', path: ['from'] };

/** The period the coverage's scores are read over; the last 90 days (to today) when not given. */
export const ZPersonaCoverageQuery = z.object({ from: zDay.optional(), to: zDay.optional() }).refine(inOrder, inOrderIssue);
export type PersonaCoverageQuery = z.infer<typeof ZPersonaCoverageQuery>;
/** The editor's preview: the coverage of a rule not saved yet. */
export const ZPersonaCoveragePreview = z.object({ rule: ZPersonaRule, from: zDay.optional(), to: zDay.optional() }).refine(inOrder, inOrderIssue);
export const PERSONA_COVERAGE_DEFAULT_DAYS = 90;

export const ZPersonaCoverage = z.object({
  from: z.string(),
  to: z.string(),
  /** Customers the rule covers, of all the workspace's customers. */
  customers: z.number().int(),
  total: z.number().int(),
  /** customers / total; null when the workspace has no customers. */
  share: z.number().min(0).max(1).nullable(),
  /** Their completed answers in the period (responses joined to customers by user id), scored with core's formulas; null without answers. */
  nps: ZNpsScore.nullable(),
  csat: ZCsatScore.nullable(),
  ces: ZCesScore.nullable(),
  /** Completed responses of theirs in the period. */
  responses: z.number().int(),
});
export type PersonaCoverage = z.infer<typeof ZPersonaCoverage>;
