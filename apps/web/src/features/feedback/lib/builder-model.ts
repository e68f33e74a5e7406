import type { Condition, Localized, Question, QuestionType, Rule, SurveyDefinition, SurveyLanguage } from '@footprint/core';

/**
 * Pure helpers of the survey builder: new questions with unique ids, moving and removing them
 * without leaving logic that points nowhere, and turning server paths into words.
 */

export const SCORE_TYPES = ['nps', 'csat', 'ces', 'rating'] as const;
export const isScoreType = (t: QuestionType): boolean => (SCORE_TYPES as readonly string[]).includes(t);

/** The range of a score question's answers, or null for questions without a score. */
export function scoreRange(q: Question): { min: number; max: number } | null {
  switch (q.type) {
    case 'nps':
      return { min: 0, max: 10 };
    case 'csat':
      return { min: 1, max: 5 };
    case 'ces':
      return { min: 1, max: 7 };
    case 'rating':
      return { min: 1, max: q.max };
    default:
      return null;
  }
}

/** `base`, or `base_2`, `base_3`… whichever is not taken yet. */
export function uniqueKey(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}_${n}`)) return `${base}_${n}`;
}

const text = (vi: string, en: string, languages: readonly SurveyLanguage[]): Localized => (languages.includes('en') ? { vi, en } : { vi });

/** A new question of a type, with starter texts in the survey's languages. */
export function newQuestion(type: QuestionType, d: Pick<SurveyDefinition, 'questions' | 'languages'>): Question {
  const id = uniqueKey(type, d.questions.map((q) => q.id));
  const l = d.languages;
  const base = { id, required: true };
  switch (type) {
    case 'nps':
      return { ...base, type, title: text('Bạn có sẵn lòng giới thiệu chúng tôi với bạn bè không?', 'How likely are you to recommend us to a friend?', l), lowLabel: text('Chắc chắn không', 'Not at all likely', l), highLabel: text('Chắc chắn có', 'Extremely likely', l) };
    case 'csat':
      return { ...base, type, style: 'smileys', title: text('Bạn hài lòng thế nào?', 'How satisfied are you?', l) };
    case 'ces':
      return { ...base, type, title: text('Việc này dễ dàng đến mức nào?', 'How easy was it?', l), lowLabel: text('Rất khó', 'Very difficult', l), highLabel: text('Rất dễ', 'Very easy', l) };
    case 'csi':
      return {
        ...base,
        type,
        title: text('Bạn đánh giá thế nào về từng mặt sau?', 'How do you rate each of these?', l),
        attributes: [
          { key: 'quality', label: text('Chất lượng', 'Quality', l), weight: 1 },
          { key: 'price', label: text('Giá cả', 'Price', l), weight: 1 },
        ],
      };
    case 'rating':
      return { ...base, type, max: 5, style: 'stars', title: text('Bạn chấm mấy điểm?', 'How would you rate it?', l) };
    case 'single':
      return { ...base, type, allowOther: false, title: text('Bạn chọn phương án nào?', 'Which one?', l), options: [{ id: 'option_1', label: text('Phương án 1', 'Option 1', l) }, { id: 'option_2', label: text('Phương án 2', 'Option 2', l) }] };
    case 'multiple':
      return { ...base, type, title: text('Bạn chọn những phương án nào?', 'Which ones?', l), options: [{ id: 'option_1', label: text('Phương án 1', 'Option 1', l) }, { id: 'option_2', label: text('Phương án 2', 'Option 2', l) }] };
    case 'text':
      return { ...base, type, required: false, maxLength: 1000, title: text('Bạn muốn góp ý thêm điều gì?', 'Anything else to tell us?', l) };
    case 'contact':
      return {
        ...base,
        type,
        required: false,
        fields: ['name', 'phone'],
        title: text('Để lại thông tin nếu bạn muốn chúng tôi liên hệ lại', 'Leave your details if you would like us to contact you', l),
        consent: text('Tôi đồng ý để doanh nghiệp dùng thông tin này để liên hệ với tôi về góp ý này.', 'I agree that the business may use these details to contact me about this feedback.', l),
      };
  }
}

/** The list with item `from` moved by `by` places (clamped); the same list when nothing moves. */
export function moveItem<T>(list: readonly T[], from: number, by: number): T[] {
  const to = Math.max(0, Math.min(list.length - 1, from + by));
  if (to === from || from < 0 || from >= list.length) return [...list];
  const out = [...list];
  const [item] = out.splice(from, 1);
  out.splice(to, 0, item!);
  return out;
}

/**
 * Moves a question and drops the logic the new order makes impossible (a condition on a later
 * question, a jump backwards). Returns the definition and how many pieces of logic were dropped.
 */
export function moveQuestion(d: SurveyDefinition, from: number, by: number): { definition: SurveyDefinition; dropped: number } {
  return pruneLogic({ ...d, questions: moveItem(d.questions, from, by) });
}

/** Removes a question and every condition and rule that refers to it. */
export function removeQuestion(d: SurveyDefinition, index: number): { definition: SurveyDefinition; dropped: number } {
  return pruneLogic({ ...d, questions: d.questions.filter((_, i) => i !== index) });
}

/** Keeps only conditions on earlier questions and rules that look back and jump forward. */
export function pruneLogic(d: SurveyDefinition): { definition: SurveyDefinition; dropped: number } {
  const at = new Map(d.questions.map((q, i) => [q.id, i]));
  let dropped = 0;
  const questions = d.questions.map((q, i) => {
    if (!q.showIf) return q;
    const to = at.get(q.showIf.question);
    if (to !== undefined && to < i) return q;
    dropped++;
    return { ...q, showIf: undefined };
  });
  const rules = d.rules.filter((r) => {
    const from = at.get(r.after);
    const when = at.get(r.when.question);
    const ok =
      from !== undefined && when !== undefined && when <= from && ('end' in r.then || (at.get(r.then.goTo) ?? -1) > from);
    if (!ok) dropped++;
    return ok;
  });
  return { definition: { ...d, questions, rules }, dropped };
}

/** A sensible first condition on an earlier question: detractors for scores, the first option for choices. */
export function defaultCondition(q: Question): Condition {
  switch (q.type) {
    case 'nps':
      return { question: q.id, op: 'lte', value: 6 };
    case 'csat':
    case 'rating':
      return { question: q.id, op: 'lte', value: 3 };
    case 'ces':
      return { question: q.id, op: 'lte', value: 3 };
    case 'single':
    case 'multiple':
      return { question: q.id, op: 'in', value: [q.options[0]!.id] };
    default:
      return { question: q.id, op: 'answered' };
  }
}

/** The condition with another operator, its value reshaped to fit (a list for "one of", none for "answered"). */
export function withOp(c: Condition, op: Condition['op']): Condition {
  const first = Array.isArray(c.value) ? c.value[0] : c.value;
  if (op === 'answered' || op === 'not_answered') return { question: c.question, op };
  if (op === 'in') return { ...c, op, value: first === undefined ? [] : Array.isArray(c.value) ? c.value : [first] };
  return { ...c, op, value: first ?? 0 };
}

/** Replaces the rules after one question, keeping the others where they were. */
export function setRulesAfter(d: SurveyDefinition, questionId: string, rules: Rule[]): SurveyDefinition {
  return { ...d, rules: [...d.rules.filter((r) => r.after !== questionId), ...rules] };
}

/** A localized text with the English part dropped when empty, so optional texts can be cleared. */
export function cleanLocalized(t: Localized): Localized {
  return t.en ? { vi: t.vi, en: t.en } : { vi: t.vi };
}

export interface PathInWords {
  /** 1-based question number, when the path is inside a question. */
  question?: number;
  /** The remaining path parts: names (title, options…) and 1-based numbers. */
  parts: (string | number)[];
}

/** `definition.questions.1.title.en` → question 2, parts [title, en]; indexes after it become 1-based. */
export function pathInWords(path: readonly (string | number)[]): PathInWords {
  const p = path[0] === 'body' ? path.slice(1) : [...path];
  const rest = p[0] === 'definition' ? p.slice(1) : p;
  if (rest[0] === 'questions' && rest.length > 1 && Number.isInteger(Number(rest[1]))) {
    return { question: Number(rest[1]) + 1, parts: rest.slice(2).map((x) => (Number.isInteger(Number(x)) ? Number(x) + 1 : String(x))) };
  }
  return { parts: rest.map((x) => (Number.isInteger(Number(x)) ? Number(x) + 1 : String(x))) };
}
