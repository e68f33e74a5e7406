import type { Answer, Answers, Condition, Localized, Question, SurveyDefinition, SurveyLanguage } from './survey.js';

/**
 * A survey's flow and answer checks: the one implementation every channel runs (server, dashboard,
 * link page, kiosk and the SDK's widget). Pure and free of zod — types only come from survey.ts — so
 * the browser widget can bundle it within its size budget.
 */

function holds(c: Condition, answers: Answers): boolean {
  const a = answers[c.question];
  if (c.op === 'answered') return a !== undefined;
  if (c.op === 'not_answered') return a === undefined;
  if (a === undefined) return false;
  const values = Array.isArray(c.value) ? c.value : c.value === undefined ? [] : [c.value];
  if (typeof a === 'number' && typeof c.value === 'number') {
    if (c.op === 'lte') return a <= c.value;
    if (c.op === 'gte') return a >= c.value;
  }
  if (c.op === 'eq') return values.length === 1 && (Array.isArray(a) ? a.includes(values[0] as string) : a === values[0]);
  if (c.op === 'in') return Array.isArray(a) ? a.some((x) => values.includes(x)) : (typeof a === 'number' || typeof a === 'string') && values.includes(a);
  return false;
}

/**
 * The questions a respondent goes through, in order, given the answers so far: conditions hide
 * questions, rules jump ahead or end the survey. Questions after the first unanswered visible one
 * are included (they are what comes next); the flow stops at an end rule.
 */
export function visibleQuestions(d: Pick<SurveyDefinition, 'questions' | 'rules'>, answers: Answers): Question[] {
  const out: Question[] = [];
  let i = 0;
  while (i < d.questions.length) {
    const q = d.questions[i]!;
    if (q.showIf && !holds(q.showIf, answers)) {
      i++;
      continue;
    }
    out.push(q);
    let next = i + 1;
    if (answers[q.id] !== undefined) {
      const rule = d.rules.find((r) => r.after === q.id && holds(r.when, answers));
      if (rule && 'end' in rule.then) break;
      if (rule && 'goTo' in rule.then) {
        const to = d.questions.findIndex((x) => 'goTo' in rule.then && x.id === rule.then.goTo);
        if (to > i) next = to;
      }
    }
    i = next;
  }
  return out;
}

/** The answer checked against its question: the right kind, in range, an existing option. Null when fine. */
export function answerProblem(q: Question, a: Answer): string | null {
  const score = (min: number, max: number) => (typeof a === 'number' && a >= min && a <= max ? null : `A whole number from ${min} to ${max}`);
  switch (q.type) {
    case 'nps':
      return score(0, 10);
    case 'csat':
      return score(1, 5);
    case 'ces':
      return score(1, 7);
    case 'rating':
      return score(1, q.max);
    case 'single':
      return typeof a === 'string' && (q.options.some((o) => o.id === a) || (q.allowOther && a === 'other')) ? null : 'One of the options';
    case 'multiple':
      return Array.isArray(a) && a.length > 0 && a.every((x) => q.options.some((o) => o.id === x)) && a.length <= (q.maxChoices ?? q.options.length) && new Set(a).size === a.length
        ? null
        : 'Some of the options, each once';
    case 'text':
      return typeof a === 'object' && !Array.isArray(a) && 'text' in a && a.text.length <= q.maxLength ? null : `Text of at most ${q.maxLength} characters`;
    case 'csi':
      return typeof a === 'object' && !Array.isArray(a) && 'ratings' in a && Object.keys(a.ratings).length > 0 && Object.keys(a.ratings).every((k) => q.attributes.some((x) => x.key === k))
        ? null
        : 'Ratings of this question’s attributes';
    case 'contact':
      return typeof a === 'object' && !Array.isArray(a) && 'consent' in a && q.fields.some((f) => a[f]) ? null : 'Contact details with consent';
  }
}

/** Whether the answers complete the survey: every visible required question answered, each answer valid. */
export function missingAnswers(d: Pick<SurveyDefinition, 'questions' | 'rules'>, answers: Answers): string[] {
  return visibleQuestions(d, answers)
    .filter((q) => (answers[q.id] === undefined ? q.required : answerProblem(q, answers[q.id]!) !== null))
    .map((q) => q.id);
}

/** A text in the respondent's language when the survey has it, else Vietnamese. */
export const localized = (t: Localized, lang: SurveyLanguage): string => (lang === 'en' && t.en ? t.en : t.vi);
