import { describe, expect, it } from 'vitest';
import { answerCells, answerColumns, snippetOf, viewAnswers } from './response-view.js';
import { ZSurveyDefinition } from './survey.js';

const d = ZSurveyDefinition.parse({
  languages: ['vi', 'en'],
  questions: [
    { id: 'rec', type: 'nps', title: { vi: 'Giới thiệu?', en: 'Recommend?' } },
    { id: 'why', type: 'text', title: { vi: 'Vì sao?', en: 'Why?' }, showIf: { question: 'rec', op: 'lte', value: 6 } },
    { id: 'like', type: 'text', title: { vi: 'Thích gì?', en: 'Liked?' }, showIf: { question: 'rec', op: 'gte', value: 9 } },
    {
      id: 'where',
      type: 'single',
      allowOther: true,
      title: { vi: 'Mua ở đâu?', en: 'Where?' },
      options: [
        { id: 'web', label: { vi: 'Trang web', en: 'Website' } },
        { id: 'store', label: { vi: 'Cửa hàng', en: 'Store' } },
      ],
    },
    {
      id: 'csi',
      type: 'csi',
      required: false,
      title: { vi: 'Chấm điểm', en: 'Rate' },
      attributes: [
        { key: 'service', label: { vi: 'Phục vụ', en: 'Service' }, weight: 1 },
        { key: 'price', label: { vi: 'Giá', en: 'Price' }, weight: 1 },
      ],
    },
    { id: 'me', type: 'contact', required: false, title: { vi: 'Liên hệ', en: 'Contact' }, fields: ['name', 'phone'], consent: { vi: 'Đồng ý', en: 'I agree' } },
  ],
  thankYou: { title: { vi: 'Cảm ơn', en: 'Thanks' } },
});

const answers = { rec: 3, why: { text: '  Chờ   lâu <script>alert(1)</script> ' }, where: 'other', csi: { ratings: { service: 4 } }, me: { name: 'Trần Thị Bình', phone: '0912345678', consent: true as const } };

describe('answers as people read them', () => {
  it('labels every question in the reader’s language, says which were shown, and keeps text as text', () => {
    const v = viewAnswers(d, answers, 'en');
    expect(v.map((x) => [x.questionId, x.title, x.shown])).toEqual([
      ['rec', 'Recommend?', true],
      ['why', 'Why?', true],
      ['like', 'Liked?', false],
      ['where', 'Where?', true],
      ['csi', 'Rate', true],
      ['me', 'Contact', true],
    ]);
    expect(v[0]!.answer).toEqual({ kind: 'score', value: 3, min: 0, max: 10, group: 'negative', npsGroup: 'detractor' });
    expect(v[1]!.answer).toEqual({ kind: 'text', text: '  Chờ   lâu <script>alert(1)</script> ' });
    expect(v[2]!.answer).toBeNull();
    expect(v[3]!.answer).toEqual({ kind: 'choice', labels: ['Other'] });
    expect(v[4]!.answer).toEqual({ kind: 'ratings', items: [{ key: 'service', label: 'Service', value: 4, max: 5 }], value: 75, group: 'positive' });
    expect(v[5]!.answer).toEqual({ kind: 'contact', personal: true, name: 'Trần Thị Bình', phone: '0912345678', email: null });
    expect(viewAnswers(d, answers, 'vi')[3]!.answer).toEqual({ kind: 'choice', labels: ['Khác'] });
  });

  it('gives the first open answer as a short snippet', () => {
    expect(snippetOf(d, answers)).toBe('Chờ lâu <script>alert(1)</script>');
    expect(snippetOf(d, { rec: 10, like: { text: 'x'.repeat(500) } })).toHaveLength(160);
    expect(snippetOf(d, { rec: 10, like: { text: '🙂'.repeat(200) } })!.endsWith('🙂…')).toBe(true);
    expect(snippetOf(d, { rec: 8 })).toBeNull();
  });

  it('exports a column per question, per CSI attribute and per contact field (marked personal)', () => {
    const cols = d.questions.flatMap((q) => answerColumns(q, 'vi'));
    expect(cols.map((c) => c.header)).toEqual([
      'Giới thiệu?',
      'Vì sao?',
      'Thích gì?',
      'Mua ở đâu?',
      'Chấm điểm — Phục vụ',
      'Chấm điểm — Giá',
      'Liên hệ — Họ tên (dữ liệu cá nhân)',
      'Liên hệ — Số điện thoại (dữ liệu cá nhân)',
    ]);
    expect(cols.filter((c) => c.personal)).toHaveLength(2);
    const cells = d.questions.flatMap((q) => answerCells(q, answers[q.id as keyof typeof answers], 'vi'));
    expect(cells).toEqual([3, '  Chờ   lâu <script>alert(1)</script> ', null, 'Khác', 4, null, 'Trần Thị Bình', '0912345678']);
  });
});
