import type { AnsweredQuestion, AnswerView } from './response-contracts.js';
import { CSI_RATING_MAX, scoreOfAnswer } from './response-score.js';
import { localized, visibleQuestions, type Answer, type Answers, type Question, type SurveyDefinition, type SurveyLanguage } from './survey.js';

/**
 * Answers as people read them, for the response detail, the list's snippet and exports: one
 * implementation, so the screen and the file never disagree.
 */

const OTHER: Record<SurveyLanguage, string> = { vi: 'Khác', en: 'Other' };
const CONTACT_LABELS: Record<SurveyLanguage, Record<'name' | 'phone' | 'email', string>> = {
  vi: { name: 'Họ tên', phone: 'Số điện thoại', email: 'Email' },
  en: { name: 'Name', phone: 'Phone', email: 'Email' },
};
const PERSONAL: Record<SurveyLanguage, string> = { vi: 'dữ liệu cá nhân', en: 'personal data' };

/** A list snippet is at most this many characters. */
export const SNIPPET_LENGTH = 160;

const optionLabel = (q: Extract<Question, { type: 'single' | 'multiple' }>, id: string, lang: SurveyLanguage) => {
  const o = q.options.find((x) => x.id === id);
  return o ? localized(o.label, lang) : id === 'other' ? OTHER[lang] : id;
};

/** One answer as people read it; null when there is none or it does not fit its question. */
export function viewAnswer(q: Question, a: Answer | undefined, lang: SurveyLanguage): AnswerView | null {
  if (a === undefined) return null;
  switch (q.type) {
    case 'nps':
    case 'csat':
    case 'ces':
    case 'rating': {
      const s = scoreOfAnswer(q, a);
      return s && { kind: 'score', value: s.value, min: s.min, max: s.max, group: s.group, npsGroup: s.npsGroup };
    }
    case 'csi': {
      const s = scoreOfAnswer(q, a);
      if (!s || typeof a !== 'object' || Array.isArray(a) || !('ratings' in a)) return null;
      const items = q.attributes.flatMap((x) => {
        const value = a.ratings[x.key];
        return value === undefined ? [] : [{ key: x.key, label: localized(x.label, lang), value, max: CSI_RATING_MAX }];
      });
      return { kind: 'ratings', items, value: s.value, group: s.group };
    }
    case 'single':
      return typeof a === 'string' ? { kind: 'choice', labels: [optionLabel(q, a, lang)] } : null;
    case 'multiple':
      return Array.isArray(a) ? { kind: 'choice', labels: a.map((id) => optionLabel(q, id, lang)) } : null;
    case 'text':
      return typeof a === 'object' && !Array.isArray(a) && 'text' in a ? { kind: 'text', text: a.text } : null;
    case 'contact':
      if (typeof a !== 'object' || Array.isArray(a) || !('consent' in a)) return null;
      return { kind: 'contact', personal: true, name: a.name ?? null, phone: a.phone ?? null, email: a.email ?? null };
  }
}

/** Every question of the survey in order, with whether it was shown and its answer. */
export function viewAnswers(d: Pick<SurveyDefinition, 'questions' | 'rules'>, answers: Answers, lang: SurveyLanguage): AnsweredQuestion[] {
  const shown = new Set(visibleQuestions(d, answers).map((q) => q.id));
  return d.questions.map((q) => ({ questionId: q.id, type: q.type, title: localized(q.title, lang), shown: shown.has(q.id), answer: viewAnswer(q, answers[q.id], lang) }));
}

/** The first open-text answer, whitespace folded and shortened (with an ellipsis) for a list. */
export function snippetOf(d: Pick<SurveyDefinition, 'questions'>, answers: Answers): string | null {
  for (const q of d.questions) {
    if (q.type !== 'text') continue;
    const a = answers[q.id];
    if (typeof a !== 'object' || Array.isArray(a) || !('text' in a)) continue;
    const text = a.text.replace(/\s+/g, ' ').trim();
    if (!text) continue;
    const chars = [...text];
    return chars.length > SNIPPET_LENGTH ? `${chars.slice(0, SNIPPET_LENGTH - 1).join('')}…` : text;
  }
  return null;
}

// ---- export columns ----

export type Cell = string | number | null;

export interface AnswerColumn {
  header: string;
  /** Contact details: personal data, marked in the header. */
  personal: boolean;
}

/** The columns a question fills in an export: one, or one per CSI attribute or contact field. */
export function answerColumns(q: Question, lang: SurveyLanguage): AnswerColumn[] {
  const title = localized(q.title, lang);
  if (q.type === 'csi') return q.attributes.map((x) => ({ header: `${title} — ${localized(x.label, lang)}`, personal: false }));
  if (q.type === 'contact') return q.fields.map((f) => ({ header: `${title} — ${CONTACT_LABELS[lang][f]} (${PERSONAL[lang]})`, personal: true }));
  return [{ header: title, personal: false }];
}

/** The cells of a question's columns for one response: numbers stay numbers, choices are labels joined by "; ". */
export function answerCells(q: Question, a: Answer | undefined, lang: SurveyLanguage): Cell[] {
  const v = viewAnswer(q, a, lang);
  if (q.type === 'csi') return q.attributes.map((x) => (v?.kind === 'ratings' ? (v.items.find((i) => i.key === x.key)?.value ?? null) : null));
  if (q.type === 'contact') return q.fields.map((f) => (v?.kind === 'contact' ? v[f] : null));
  if (!v) return [null];
  if (v.kind === 'score') return [v.value];
  if (v.kind === 'choice') return [v.labels.join('; ')];
  if (v.kind === 'text') return [v.text];
  return [null];
}
