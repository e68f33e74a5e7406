import { localized, type Answer, type Answers, type SurveyDefinition, type SurveyLanguage } from './survey.js';

/**
 * A response as people read it: each answered question's title and the answer in words (the
 * option's label, not its id; "9/10" for a score). In the definition's order.
 */
export function answerLines(d: Pick<SurveyDefinition, 'questions'>, answers: Answers, lang: SurveyLanguage): { questionId: string; title: string; answer: string }[] {
  const out: { questionId: string; title: string; answer: string }[] = [];
  for (const q of d.questions) {
    const a: Answer | undefined = answers[q.id];
    if (a === undefined) continue;
    out.push({ questionId: q.id, title: localized(q.title, lang), answer: answerText(q, a, lang) });
  }
  return out;
}

function answerText(q: SurveyDefinition['questions'][number], a: Answer, lang: SurveyLanguage): string {
  const label = (id: string) => {
    if (q.type !== 'single' && q.type !== 'multiple') return id;
    const o = q.options.find((x) => x.id === id);
    return o ? localized(o.label, lang) : id;
  };
  if (typeof a === 'number') {
    const max = q.type === 'nps' ? 10 : q.type === 'csat' ? 5 : q.type === 'ces' ? 7 : q.type === 'rating' ? q.max : null;
    return max === null ? String(a) : `${a}/${max}`;
  }
  if (typeof a === 'string') return label(a);
  if (Array.isArray(a)) return a.map(label).join(', ');
  if ('text' in a) return a.text;
  if ('ratings' in a) {
    const attrs = q.type === 'csi' ? q.attributes : [];
    return Object.entries(a.ratings)
      .map(([k, v]) => `${localized(attrs.find((x) => x.key === k)?.label ?? { vi: k }, lang)}: ${v}/5`)
      .join('; ');
  }
  return [a.name, a.phone, a.email].filter(Boolean).join(' · ');
}
