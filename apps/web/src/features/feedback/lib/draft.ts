import type { Survey, SurveyDefinition, SurveyPatch, SurveyStatus } from '@footprint/core';
import { pathInWords } from './builder-model';

/** What the builder edits: everything a PATCH can change. */
export interface Draft {
  name: string;
  status: SurveyStatus;
  touchpointIds: string[];
  definition: SurveyDefinition;
}

export const toDraft = (s: Survey): Draft => ({ name: s.name, status: s.status, touchpointIds: s.touchpoints.map((t) => t.id), definition: s.definition });

/** Whether the draft differs from what was loaded or last saved (touchpoint order does not count). */
export function isDirty(draft: Draft, saved: Draft): boolean {
  const norm = (d: Draft) => JSON.stringify({ ...d, touchpointIds: [...d.touchpointIds].sort() });
  return norm(draft) !== norm(saved);
}

/** The PATCH body: only what changed. */
export function patchOf(draft: Draft, saved: Draft): SurveyPatch {
  const out: SurveyPatch = {};
  if (draft.name !== saved.name) out.name = draft.name.trim();
  if (draft.status !== saved.status) out.status = draft.status;
  if (JSON.stringify([...draft.touchpointIds].sort()) !== JSON.stringify([...saved.touchpointIds].sort())) out.touchpointIds = draft.touchpointIds;
  if (JSON.stringify(draft.definition) !== JSON.stringify(saved.definition)) out.definition = draft.definition;
  return out;
}

export interface Problem {
  /** 1-based question number when the problem is inside a question. */
  question?: number;
  /** The path after the question, as words to translate (title, en…) or 1-based numbers. */
  parts: (string | number)[];
  message: string;
}

/** zod issues (client-side) or server issues (`definition.questions.1.title.en`) as problems to show. */
export function problemsOf(issues: readonly { path: readonly PropertyKey[] | string; message: string }[]): Problem[] {
  return issues.map((i) => {
    const path = typeof i.path === 'string' ? i.path.split('.') : i.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
    const full = typeof i.path !== 'string' && path[0] !== 'definition' && path[0] !== 'name' ? ['definition', ...path] : path;
    return { ...pathInWords(full), message: i.message };
  });
}

/** The checks core makes that have a translation; other messages are shown as they come. */
const KNOWN = [
  ['The survey offers English', 'needsEnglish'],
  ['Every question needs a Vietnamese title', 'needsVietnamese'],
  ['A condition can only look at an earlier question', 'conditionEarlier'],
  ['A rule can only look at its question or an earlier one', 'ruleEarlier'],
  ['A jump must go forward', 'jumpForward'],
  ['is used twice', 'duplicateId'],
  ['A colour like', 'colour'],
] as const;
export type ProblemKey = (typeof KNOWN)[number][1];

export function problemKey(message: string): ProblemKey | null {
  return KNOWN.find(([m]) => message.includes(m))?.[1] ?? null;
}
