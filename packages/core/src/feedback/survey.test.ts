import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SURVEY_TEMPLATES } from './templates.js';
import { answerProblem, localized, missingAnswers, visibleQuestions, ZAnswer, ZSurveyDefinition, type Answers, type SurveyDefinitionInput } from './survey.js';

const npsTemplate = ZSurveyDefinition.parse(SURVEY_TEMPLATES.find((t) => t.key === 'post_purchase_nps')!.definition);
const smiley = ZSurveyDefinition.parse(SURVEY_TEMPLATES.find((t) => t.key === 'store_smiley')!.definition);
const ids = (answers: Answers, d = npsTemplate) => visibleQuestions(d, answers).map((q) => q.id);

describe('survey definitions', () => {
  it('every template is a valid definition in both languages', () => {
    for (const t of SURVEY_TEMPLATES) {
      const r = ZSurveyDefinition.safeParse(t.definition);
      expect(r.success, `${t.key}: ${JSON.stringify(r.error?.issues)}`).toBe(true);
    }
  });

  it('refuses duplicate ids, logic that looks ahead or at nothing, backward jumps and missing English', () => {
    const q = (id: string, extra: object = {}) => ({ id, type: 'text' as const, title: { vi: `Câu ${id}`, en: `Question ${id}` }, ...extra });
    const ok = (d: Partial<SurveyDefinitionInput>) => ZSurveyDefinition.safeParse({ questions: [q('a'), q('b')], thankYou: { title: { vi: 'Cảm ơn' } }, ...d }).success;
    expect(ok({})).toBe(true);
    expect(ok({ questions: [q('a'), q('a')] })).toBe(false);
    expect(ok({ questions: [q('a', { showIf: { question: 'b', op: 'answered' } }), q('b')] })).toBe(false);
    expect(ok({ questions: [q('a'), q('b', { showIf: { question: 'zzz', op: 'answered' } })] })).toBe(false);
    expect(ok({ rules: [{ after: 'b', when: { question: 'b', op: 'answered' }, then: { goTo: 'a' } }] })).toBe(false);
    expect(ok({ rules: [{ after: 'a', when: { question: 'a', op: 'answered' }, then: { goTo: 'b' } }] })).toBe(true);
    expect(ok({ languages: ['vi', 'en'], questions: [q('a', { title: { vi: 'Chỉ tiếng Việt' } })] })).toBe(false);
    expect(ok({ brand: { color: 'red', logoUrl: null } })).toBe(false);
    expect(ok({ brand: { color: '#0c8599', logoUrl: 'javascript:alert(1)' } })).toBe(false);
  });

  it('normalises respondent-facing text to NFC', () => {
    const d = ZSurveyDefinition.parse({ questions: [{ id: 'a', type: 'text', title: { vi: 'Góp ý'.normalize('NFD') } }], thankYou: { title: { vi: 'Cảm ơn' } } });
    expect(d.questions[0]!.title.vi).toBe('Góp ý'.normalize('NFC'));
  });
});

describe('survey flow', () => {
  it('asks detractors, passives and promoters their own follow-up', () => {
    expect(ids({})).toEqual(['nps']);
    expect(ids({ nps: 3 })).toEqual(['nps', 'why_low']);
    expect(ids({ nps: 7 })).toEqual(['nps', 'why_mid']);
    expect(ids({ nps: 10 })).toEqual(['nps', 'why_high']);
  });

  it('ends the survey by rule: a happy in-store customer is not asked why', () => {
    expect(ids({ csat: 5 }, smiley)).toEqual(['csat']);
    expect(ids({ csat: 1 }, smiley)).toEqual(['csat', 'reason']);
  });

  it('jumps ahead by rule', () => {
    const d = ZSurveyDefinition.parse({
      questions: [
        { id: 'a', type: 'single', title: { vi: 'A' }, options: [{ id: 'yes', label: { vi: 'Có' } }, { id: 'no', label: { vi: 'Không' } }] },
        { id: 'b', type: 'text', title: { vi: 'B' } },
        { id: 'c', type: 'text', title: { vi: 'C' } },
      ],
      rules: [{ after: 'a', when: { question: 'a', op: 'eq', value: 'no' }, then: { goTo: 'c' } }],
      thankYou: { title: { vi: 'Cảm ơn' } },
    });
    expect(ids({ a: 'no' }, d)).toEqual(['a', 'c']);
    expect(ids({ a: 'yes' }, d)).toEqual(['a', 'b', 'c']);
  });

  it('says what is missing or wrong before a response counts as complete', () => {
    expect(missingAnswers(npsTemplate, {})).toEqual(['nps']);
    expect(missingAnswers(npsTemplate, { nps: 4 })).toEqual([]); // the follow-up is optional
    expect(missingAnswers(npsTemplate, { nps: 11 })).toEqual(['nps']);
    expect(missingAnswers(smiley, { csat: 2 })).toEqual(['reason']);
    expect(missingAnswers(smiley, { csat: 2, reason: 'other' })).toEqual([]);
    expect(missingAnswers(smiley, { csat: 2, reason: 'nope' })).toEqual(['reason']);
  });

  it('checks each answer against its question', () => {
    const csi = ZSurveyDefinition.parse(SURVEY_TEMPLATES.find((t) => t.key === 'service_csi')!.definition).questions[0]!;
    expect(answerProblem(csi, { ratings: { service: 5, price: 3 } })).toBeNull();
    expect(answerProblem(csi, { ratings: { taste: 5 } })).not.toBeNull();
    expect(answerProblem(csi, 5)).not.toBeNull();
    expect(ZAnswer.safeParse({ name: 'Lan', consent: false }).success).toBe(false);
  });

  it('never fails on any answers, and only ever shows questions of the survey in order (property)', () => {
    const order = npsTemplate.questions.map((q) => q.id);
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('nps', 'why_low', 'why_mid', 'why_high', 'x'), fc.oneof(fc.integer({ min: -5, max: 15 }), fc.string())), (answers) => {
        const shown = ids(answers as Answers);
        expect(shown[0]).toBe('nps');
        const positions = shown.map((id) => order.indexOf(id));
        expect([...positions].sort((a, b) => a - b)).toEqual(positions);
      }),
    );
  });

  it('shows the respondent’s language when the survey has it', () => {
    expect(localized({ vi: 'Cảm ơn', en: 'Thanks' }, 'en')).toBe('Thanks');
    expect(localized({ vi: 'Cảm ơn' }, 'en')).toBe('Cảm ơn');
  });
});
