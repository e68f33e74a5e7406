import { journeyTemplate, ZJourneyDoc } from '@footprint/core';
import { describe, expect, it } from 'vitest';
import { addItem, addStage, addTextLane, cellOf, moveItem, moveLane, moveStage, removeLane, setEmotion, updateItem } from './doc-ops';
import { record, redo, startHistory, undo } from './history';

const doc = () => journeyTemplate('5a', 'current');
const tp = (id: string) => ({ id, touchpointId: null, name: id, channel: 'web' as const, mode: 'online' as const, departmentId: null, target: null });

describe('map document edits', () => {
  it('moves stages and lanes without touching the original', () => {
    const d = doc();
    const moved = moveStage(d, 0, 2);
    expect(moved.stages.map((s) => s.name.en)).toEqual(['Appeal', 'Ask', 'Aware', 'Act', 'Advocate']);
    expect(d.stages[0]!.name.en).toBe('Aware');
    expect(moveLane(d, 0, 1).lanes.slice(0, 2).map((l) => l.kind)).toEqual(['questions', 'actions']);
    expect(moveStage(d, 0, 9)).toEqual(d);
  });

  it('adds stages and custom lanes with fresh ids, and stays a valid document', () => {
    let d = addStage(doc(), { vi: 'Quay lại', en: 'Return' });
    d = addTextLane(d, 'Chính sách');
    d = addItem(d, 'st1', d.lanes.at(-1)!.id, 'notes', { id: 'n1', text: 'Đổi trả 30 ngày' });
    d = setEmotion(d, 'st2', 'ln-emotions', -2);
    expect(d.stages).toHaveLength(6);
    expect(new Set(d.stages.map((s) => s.id)).size).toBe(6);
    expect(ZJourneyDoc.safeParse(d).success).toBe(true);
    const removed = removeLane(d, d.lanes.at(-1)!.id);
    expect(ZJourneyDoc.safeParse(removed).success).toBe(true);
    expect(removed.lanes).toHaveLength(7);
  });

  it('moves items between cells of the same kind only, at the given place', () => {
    let d = doc();
    d = addItem(d, 'st1', 'ln-touchpoints', 'touchpoints', tp('a'));
    d = addItem(d, 'st1', 'ln-touchpoints', 'touchpoints', tp('b'));
    d = addItem(d, 'st2', 'ln-touchpoints', 'touchpoints', tp('c'));
    const moved = moveItem(d, 'touchpoints', 'a', { stageId: 'st1', laneId: 'ln-touchpoints' }, { stageId: 'st2', laneId: 'ln-touchpoints' }, 1);
    expect(cellOf(moved.stages[0]!, 'ln-touchpoints').touchpoints.map((x) => x.id)).toEqual(['b']);
    expect(cellOf(moved.stages[1]!, 'ln-touchpoints').touchpoints.map((x) => x.id)).toEqual(['c', 'a']);
    expect(moveItem(d, 'touchpoints', 'a', { stageId: 'st1', laneId: 'ln-touchpoints' }, { stageId: 'st1', laneId: 'ln-pains' }, 0)).toBe(d);
    const renamed = updateItem(d, 'st1', 'ln-touchpoints', 'touchpoints', 'b', { name: 'Zalo OA' });
    expect(cellOf(renamed.stages[0]!, 'ln-touchpoints').touchpoints[1]!.name).toBe('Zalo OA');
  });
});

describe('undo history', () => {
  it('undoes and redoes, and typing into one field is one step', () => {
    let h = startHistory('');
    h = record(h, 'H', 'name', 1000);
    h = record(h, 'Hà', 'name', 1500);
    h = record(h, 'Hà Nội', 'name', 2000);
    h = record(h, 'Hà Nội!', 'other', 2100);
    expect(h.past).toEqual(['', 'Hà Nội']);
    h = undo(h);
    expect(h.present).toBe('Hà Nội');
    h = undo(h);
    expect(h.present).toBe('');
    expect(undo(h)).toBe(h);
    h = redo(redo(h));
    expect(h.present).toBe('Hà Nội!');
    // Typing again after a pause is a new step.
    h = record(h, 'x', 'name', 5000);
    h = record(h, 'xy', 'name', 9000);
    expect(h.past.at(-1)).toBe('x');
  });
});
