import { QUESTION_TYPES, SURVEY_TEMPLATES, visibleQuestions, ZSurveyDefinition, type SurveyDefinition } from '@footprint/core';
import { describe, expect, it } from 'vitest';
import { blankDefinition } from './blank';
import { defaultCondition, moveItem, moveQuestion, newQuestion, pathInWords, removeQuestion, uniqueKey, withOp } from './builder-model';
import { isDirty, patchOf, problemKey, problemsOf, toDraft } from './draft';

const nps = (): SurveyDefinition => ZSurveyDefinition.parse(SURVEY_TEMPLATES.find((t) => t.key === 'post_purchase_nps')!.definition);

describe('the survey builder model', () => {
  it('gives new questions free ids and valid starter texts in the survey’s languages, for all nine types', () => {
    for (const languages of [['vi'], ['vi', 'en']] as const) {
      let d: SurveyDefinition = { ...blankDefinition(), languages: [...languages] };
      for (const type of QUESTION_TYPES) d = { ...d, questions: [...d.questions, newQuestion(type, d)] };
      if (languages.length === 2) d = { ...d, thankYou: { title: { vi: 'Cảm ơn', en: 'Thanks' } }, questions: d.questions.map((q) => ({ ...q, title: { vi: q.title.vi, en: q.title.en ?? 'Q' } })) };
      const parsed = ZSurveyDefinition.safeParse(d);
      expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
      expect(new Set(d.questions.map((q) => q.id)).size).toBe(d.questions.length);
      expect(d.questions[1]!.id).toBe('nps_2');
    }
  });

  it('finds a free key', () => {
    expect(uniqueKey('single', [])).toBe('single');
    expect(uniqueKey('single', ['single', 'single_2'])).toBe('single_3');
  });

  it('moves items, clamped at the ends', () => {
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, -5)).toEqual(['c', 'a', 'b']);
  });

  it('drops conditions that would look at a later question after a move', () => {
    const { definition, dropped } = moveQuestion(nps(), 0, 1);
    expect(definition.questions.map((q) => q.id)).toEqual(['why_low', 'nps', 'why_mid', 'why_high']);
    expect(dropped).toBe(1);
    expect(definition.questions[0]!.showIf).toBeUndefined();
    expect(definition.questions[2]!.showIf).toEqual({ question: 'nps', op: 'in', value: [7, 8] });
    expect(ZSurveyDefinition.safeParse(definition).success).toBe(true);
  });

  it('removes a question with the conditions and rules that refer to it', () => {
    const d: SurveyDefinition = { ...nps(), rules: [{ after: 'nps', when: { question: 'nps', op: 'gte', value: 9 }, then: { goTo: 'why_high' } }] };
    const { definition, dropped } = removeQuestion(d, 0);
    expect(definition.questions.every((q) => q.showIf === undefined)).toBe(true);
    expect(definition.rules).toEqual([]);
    expect(dropped).toBe(4);
    const jump = removeQuestion(d, 3).definition;
    expect(jump.rules).toEqual([]);
  });

  it('starts a condition sensibly and reshapes its value with the operator', () => {
    const d = nps();
    const c = defaultCondition(d.questions[0]!);
    expect(c).toEqual({ question: 'nps', op: 'lte', value: 6 });
    expect(visibleQuestions({ questions: [d.questions[0]!, { ...d.questions[1]!, showIf: c }], rules: [] }, { nps: 3 }).map((q) => q.id)).toEqual(['nps', 'why_low']);
    expect(withOp(c, 'in')).toEqual({ question: 'nps', op: 'in', value: [6] });
    expect(withOp({ question: 'nps', op: 'in', value: [7, 8] }, 'gte')).toEqual({ question: 'nps', op: 'gte', value: 7 });
    expect(withOp(c, 'answered')).toEqual({ question: 'nps', op: 'answered' });
  });

  it('turns paths into question numbers and 1-based positions', () => {
    expect(pathInWords(['definition', 'questions', 1, 'title', 'en'])).toEqual({ question: 2, parts: ['title', 'en'] });
    expect(pathInWords('body.definition.questions.0.options.2.label.vi'.split('.'))).toEqual({ question: 1, parts: ['options', 3, 'label', 'vi'] });
    expect(pathInWords(['definition', 'thankYou', 'title', 'vi'])).toEqual({ parts: ['thankYou', 'title', 'vi'] });
    expect(problemsOf([{ path: ['questions', 0, 'title', 'en'], message: 'x' }])).toEqual([{ question: 1, parts: ['title', 'en'], message: 'x' }]);
    expect(problemsOf([{ path: 'name', message: 'y' }])).toEqual([{ parts: ['name'], message: 'y' }]);
    const english = ZSurveyDefinition.safeParse({ ...nps(), questions: [{ ...nps().questions[0]!, title: { vi: 'Câu hỏi' } }] });
    expect(problemsOf(english.error!.issues).map((p) => [p.question, p.parts, problemKey(p.message)])).toEqual([[1, ['title', 'en'], 'needsEnglish']]);
    expect(problemKey('Something else')).toBeNull();
  });

  it('knows when the draft changed and patches only what changed', () => {
    const survey = {
      id: 's', name: 'NPS', status: 'draft' as const, touchpoints: [{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }], questionCount: 4, metrics: ['nps' as const],
      createdBy: null, createdAt: '', updatedAt: '', publicId: 'p', version: 1, definition: nps(),
    };
    const saved = toDraft(survey);
    expect(isDirty({ ...saved, touchpointIds: ['b', 'a'] }, saved)).toBe(false);
    expect(patchOf({ ...saved, touchpointIds: ['b', 'a'] }, saved)).toEqual({});
    const edited = { ...saved, name: ' NPS 2 ', definition: { ...saved.definition, languages: ['vi' as const] } };
    expect(isDirty(edited, saved)).toBe(true);
    expect(patchOf(edited, saved)).toEqual({ name: 'NPS 2', definition: edited.definition });
  });
});
