import { describe, expect, it } from 'vitest';
import { JOURNEY_KINDS, JOURNEY_TEMPLATE_KEYS, ZJourneyDoc, journeyKeys, newJourneyKey, stageTouchpoints } from './contracts.js';
import { journeyTemplate, laneTitle, stageName } from './templates.js';

const TP = '0190a0b0-0000-7000-8000-000000000001';

describe('journey templates', () => {
  it('gives every model and kind a valid map, with the model’s stages in both languages', () => {
    for (const key of JOURNEY_TEMPLATE_KEYS)
      for (const kind of JOURNEY_KINDS) {
        const doc = ZJourneyDoc.parse(journeyTemplate(key, kind));
        expect(doc.stages.every((s) => s.name.vi && s.name.en)).toBe(true);
        expect(doc.lanes.length).toBeGreaterThan(3);
      }
    expect(journeyTemplate('5a', 'current').stages.map((s) => s.name.en)).toEqual(['Aware', 'Appeal', 'Ask', 'Act', 'Advocate']);
    expect(journeyTemplate('retail', 'current').stages).toHaveLength(9);
    expect(journeyTemplate('acc', 'blueprint').lanes.map((l) => l.kind)).toEqual(['touchpoints', 'actions', 'frontstage', 'backstage', 'support', 'pains']);
  });

  it('names lanes and stages in the reader’s language', () => {
    expect(laneTitle({ kind: 'pains', title: '' }, 'vi')).toBe('Điểm đau và trở ngại');
    expect(laneTitle({ kind: 'text', title: 'Chính sách đổi trả' }, 'en')).toBe('Chính sách đổi trả');
    expect(stageName({ vi: 'Nhận biết', en: '' }, 'en')).toBe('Nhận biết');
  });
});

describe('the journey document', () => {
  const base = journeyTemplate('acc', 'current');

  it('refuses an id used twice, and a cell in a lane the map does not have', () => {
    const twice = { ...base, stages: base.stages.map((s) => ({ ...s, id: 'same' })) };
    expect(ZJourneyDoc.safeParse(twice).error?.issues[0]?.message).toMatch(/used twice/);
    const stray = { ...base, stages: [{ ...base.stages[0]!, cells: { 'ln-nope': { notes: [{ id: 'n1', text: 'x' }] } } }] };
    expect(ZJourneyDoc.safeParse(stray).error?.issues[0]?.message).toMatch(/No lane "ln-nope"/);
  });

  it('keeps text NFC and trimmed', () => {
    const decomposed = 'Khách hỏi giá'.normalize('NFD');
    const doc = ZJourneyDoc.parse({ ...base, stages: [{ ...base.stages[0]!, cells: { 'ln-actions': { notes: [{ id: 'n1', text: `  ${decomposed} ` }] } } }] });
    expect(doc.stages[0]!.cells['ln-actions']!.notes[0]!.text).toBe('Khách hỏi giá'.normalize('NFC'));
  });

  it('lists each stage’s linked touchpoints once, in order, and ignores unlinked ideas', () => {
    const doc = ZJourneyDoc.parse({
      ...base,
      stages: base.stages.map((s, i) =>
        i === 1
          ? {
              ...s,
              cells: {
                'ln-touchpoints': {
                  touchpoints: [
                    { id: 'a', touchpointId: TP, channel: 'web', mode: 'online' },
                    { id: 'b', name: 'Zalo OA', channel: 'zalo', mode: 'online' },
                    { id: 'c', touchpointId: TP, channel: 'web', mode: 'online' },
                  ],
                },
              },
            }
          : s,
      ),
    });
    expect(stageTouchpoints(doc)).toEqual([
      { stageId: 'st1', touchpointIds: [] },
      { stageId: 'st2', touchpointIds: [TP] },
      { stageId: 'st3', touchpointIds: [] },
    ]);
    expect([...journeyKeys(doc)].sort()).toEqual(['a', 'b', 'c', ...doc.lanes.map((l) => l.id), 'st1', 'st2', 'st3'].sort());
  });

  it('makes new keys that do not clash', () => {
    let calls = 0;
    // The first draw repeats a taken key; the next must differ.
    const random = () => (calls++ < 8 ? 0 : 0.5);
    expect(newJourneyKey(new Set(['aaaaaaaa']), random)).not.toBe('aaaaaaaa');
  });
});
