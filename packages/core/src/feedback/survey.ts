import { z } from 'zod';
import { nfc } from '../text/normalize.js';
import { zCleanString } from '../workspace/contracts.js';

/**
 * A survey's definition: its questions, the logic between them, its screens and its look, in
 * Vietnamese and (optionally) English. One definition serves every channel (widget, link, kiosk,
 * email); `visibleQuestions` decides what a respondent sees next, the same everywhere.
 */

export const SURVEY_LANGUAGES = ['vi', 'en'] as const;
export type SurveyLanguage = (typeof SURVEY_LANGUAGES)[number];

/** Text shown to respondents: Vietnamese always, English when the survey offers it. */
const zLine = (max: number) =>
  zCleanString()
    .transform((s) => nfc(s).trim())
    .pipe(z.string().max(max));
export const zLocalized = (max = 500) => z.object({ vi: zLine(max), en: zLine(max).optional() });
export type Localized = { vi: string; en?: string | undefined };

const zKey = z
  .string()
  .min(1)
  .max(40)
  .regex(/^[a-z][a-z0-9_]*$/, 'Lowercase letters, digits and _ , starting with a letter');

export const CSAT_STYLES = ['numbers', 'stars', 'smileys'] as const;
export const CONTACT_FIELDS = ['name', 'phone', 'email'] as const;

const base = {
  /** Stable within the survey: answers and logic refer to it. */
  id: zKey,
  title: zLocalized(300),
  description: zLocalized(500).optional(),
  required: z.boolean().default(true),
  /** Shown only when this holds (e.g. a follow-up for detractors). */
  showIf: z.lazy(() => ZCondition).optional(),
};

const zOption = z.object({ id: zKey, label: zLocalized(200) });

export const ZQuestion = z.discriminatedUnion('type', [
  z.object({ ...base, type: z.literal('nps'), lowLabel: zLocalized(80).optional(), highLabel: zLocalized(80).optional() }),
  z.object({ ...base, type: z.literal('csat'), style: z.enum(CSAT_STYLES).default('smileys') }),
  z.object({ ...base, type: z.literal('ces'), lowLabel: zLocalized(80).optional(), highLabel: zLocalized(80).optional() }),
  z.object({
    ...base,
    type: z.literal('csi'),
    /** Each attribute is rated 1..5; the score weighs them. */
    attributes: z
      .array(z.object({ key: zKey, label: zLocalized(200), weight: z.number().positive().max(100) }))
      .min(1)
      .max(12),
  }),
  z.object({ ...base, type: z.literal('rating'), max: z.number().int().min(3).max(10).default(5), style: z.enum(['numbers', 'stars']).default('stars') }),
  z.object({ ...base, type: z.literal('single'), options: z.array(zOption).min(2).max(20), allowOther: z.boolean().default(false) }),
  z.object({ ...base, type: z.literal('multiple'), options: z.array(zOption).min(2).max(20), maxChoices: z.number().int().min(1).max(20).optional() }),
  z.object({ ...base, type: z.literal('text'), placeholder: zLocalized(200).optional(), maxLength: z.number().int().min(10).max(5000).default(1000) }),
  z.object({
    ...base,
    type: z.literal('contact'),
    fields: z.array(z.enum(CONTACT_FIELDS)).min(1).max(3),
    /** The respondent must tick it before their details are kept (personal data). */
    consent: zLocalized(500),
  }),
]);
export type Question = z.infer<typeof ZQuestion>;
export type QuestionType = Question['type'];
export const QUESTION_TYPES = ['nps', 'csat', 'ces', 'csi', 'rating', 'single', 'multiple', 'text', 'contact'] as const satisfies readonly QuestionType[];

/** A condition on an earlier answer: a score at most/least, equal to, one of, or simply answered. */
export const ZCondition = z.object({
  question: zKey,
  op: z.enum(['lte', 'gte', 'eq', 'in', 'answered', 'not_answered']),
  value: z.union([z.number(), zKey, z.array(z.union([z.number(), zKey])).max(20)]).optional(),
});
export type Condition = z.infer<typeof ZCondition>;

/** After a question: end the survey, or jump ahead to another, when the condition holds. */
export const ZRule = z.object({
  after: zKey,
  when: ZCondition,
  then: z.union([z.object({ end: z.literal(true) }), z.object({ goTo: zKey })]),
});
export type Rule = z.infer<typeof ZRule>;

const zColor = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'A colour like #0c8599');

export const ZSurveyDefinition = z
  .object({
    languages: z.array(z.enum(SURVEY_LANGUAGES)).min(1).max(2).default(['vi']),
    welcome: z.object({ enabled: z.boolean(), title: zLocalized(200), body: zLocalized(1000).optional(), button: zLocalized(60).optional() }).optional(),
    questions: z.array(ZQuestion).min(1).max(50),
    rules: z.array(ZRule).max(100).default([]),
    thankYou: z.object({ title: zLocalized(200), body: zLocalized(1000).optional() }),
    brand: z.object({ color: zColor.default('#0c8599'), logoUrl: z.url({ protocol: /^https?$/ }).max(1000).nullable().default(null) }).default({ color: '#0c8599', logoUrl: null }),
  })
  .superRefine((d, ctx) => checkDefinition(d, ctx));
export type SurveyDefinition = z.infer<typeof ZSurveyDefinition>;
export type SurveyDefinitionInput = z.input<typeof ZSurveyDefinition>;

/** What zod cannot say alone: unique ids, logic pointing forward at real questions, texts in every language. */
function checkDefinition(d: { languages: SurveyLanguage[]; questions: Question[]; rules: Rule[] }, ctx: z.RefinementCtx): void {
  const index = new Map<string, number>();
  d.questions.forEach((q, i) => {
    if (index.has(q.id)) ctx.addIssue({ code: 'custom', path: ['questions', i, 'id'], message: `Question id "${q.id}" is used twice` });
    index.set(q.id, i);
    if (d.languages.includes('en') && !q.title.en) ctx.addIssue({ code: 'custom', path: ['questions', i, 'title', 'en'], message: 'The survey offers English: this text needs it too' });
    if (!q.title.vi) ctx.addIssue({ code: 'custom', path: ['questions', i, 'title', 'vi'], message: 'Every question needs a Vietnamese title' });
    if (q.showIf) {
      const at = index.get(q.showIf.question);
      if (at === undefined || at >= i) ctx.addIssue({ code: 'custom', path: ['questions', i, 'showIf', 'question'], message: 'A condition can only look at an earlier question' });
    }
  });
  d.rules.forEach((r, i) => {
    const from = index.get(r.after);
    if (from === undefined) ctx.addIssue({ code: 'custom', path: ['rules', i, 'after'], message: `No question "${r.after}"` });
    if (r.when.question !== r.after && (index.get(r.when.question) ?? Infinity) > (from ?? -1)) {
      ctx.addIssue({ code: 'custom', path: ['rules', i, 'when', 'question'], message: 'A rule can only look at its question or an earlier one' });
    }
    if ('goTo' in r.then) {
      const to = index.get(r.then.goTo);
      if (to === undefined || from === undefined || to <= from) ctx.addIssue({ code: 'custom', path: ['rules', i, 'then', 'goTo'], message: 'A jump must go forward to a question of this survey' });
    }
  });
}

// ---- answers and flow ----

/** One answer: a score, an option id, option ids, text, CSI ratings by attribute, or contact details. */
export const ZAnswer = z.union([
  z.number().int().min(0).max(10),
  zKey,
  z.array(zKey).max(20),
  z.object({ text: zCleanString().max(5000) }),
  z.object({ ratings: z.record(zKey, z.number().int().min(1).max(5)) }),
  z.object({
    name: zCleanString().max(200).optional(),
    phone: zCleanString().max(40).optional(),
    email: zCleanString().max(320).optional(),
    consent: z.literal(true),
  }),
]);
export type Answer = z.infer<typeof ZAnswer>;
export type Answers = Record<string, Answer>;

// The flow and checks are zod-free (survey-logic.ts), so the browser widget bundles them without zod.
export { answerProblem, localized, missingAnswers, visibleQuestions } from './survey-logic.js';
