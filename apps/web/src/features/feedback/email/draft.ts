import { hasLinkPlaceholder, unknownPlaceholders, type AudienceFilters, type Campaign, type CampaignPatch, type EmailContent, type SurveyLanguage } from '@footprint/core';

/** What the campaign editor holds: the campaign as the form shows it. */
export interface CampaignDraft {
  name: string;
  surveyId: string;
  touchpointId: string | null;
  audience: { kind: 'customers'; filters: AudienceFilters } | { kind: 'list' };
  content: { vi: EmailContent; en: EmailContent | null };
  defaultLanguage: SurveyLanguage;
  reminderDays: number | null;
}

export const NO_FILTERS: AudienceFilters = { provinces: [], seenFrom: null, seenTo: null, answered: 'any' };

export function toDraft(c: Campaign): CampaignDraft {
  return {
    name: c.name,
    surveyId: c.survey.id,
    touchpointId: c.touchpoint?.id ?? null,
    audience: c.audience.kind === 'customers' ? { kind: 'customers', filters: { ...c.audience.filters } } : { kind: 'list' },
    content: { vi: { ...c.content.vi }, en: c.content.en ? { ...c.content.en } : null },
    defaultLanguage: c.defaultLanguage,
    reminderDays: c.reminderDays,
  };
}

export const isDirty = (a: CampaignDraft, b: CampaignDraft) => JSON.stringify(a) !== JSON.stringify(b);

export function patchOf(d: CampaignDraft): CampaignPatch {
  return {
    name: d.name,
    surveyId: d.surveyId,
    touchpointId: d.touchpointId,
    audience: d.audience,
    content: { vi: d.content.vi, ...(d.content.en ? { en: d.content.en } : {}) },
    defaultLanguage: d.defaultLanguage,
    reminderDays: d.reminderDays,
  };
}

export type ContentProblem = { code: 'required' | 'tooLong' | 'linkMissing' } | { code: 'unknownPlaceholder'; placeholder: string };

/** The content's problems by field ('vi.subject', 'en.body'…): the checks the server's schema makes, as codes to word. */
export function contentProblems(d: CampaignDraft): Map<string, ContentProblem> {
  const out = new Map<string, ContentProblem>();
  for (const lang of ['vi', 'en'] as const) {
    const c = d.content[lang];
    if (!c) continue;
    for (const [field, text, max] of [['subject', c.subject, 200], ['body', c.body, 10_000]] as const) {
      const bad = unknownPlaceholders(text)[0];
      const problem: ContentProblem | null = !text.trim()
        ? { code: 'required' }
        : text.length > max
          ? { code: 'tooLong' }
          : bad
            ? { code: 'unknownPlaceholder', placeholder: bad }
            : field === 'body' && !hasLinkPlaceholder(text)
              ? { code: 'linkMissing' }
              : null;
      if (problem) out.set(`${lang}.${field}`, problem);
    }
  }
  return out;
}
