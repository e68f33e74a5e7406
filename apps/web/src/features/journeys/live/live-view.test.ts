import { describe, expect, it } from 'vitest';
import { applyLivePatch, liveViewFrom } from './live-view';

const TODAY = '2026-03-15';
const P = 'f1e2d3c4-b5a6-4789-8abc-0123456789ab';

describe('liveViewFrom', () => {
  it('defaults to the last 30 days of all customers, layer off', () => {
    expect(liveViewFrom(new URLSearchParams(), TODAY)).toEqual({ on: false, range: '30d', from: '2026-02-14', to: TODAY, personaId: undefined });
  });
  it('reads a preset, the toggle and a persona', () => {
    const v = liveViewFrom(new URLSearchParams(`live=1&range=7d&persona=${P}`), TODAY);
    expect(v).toEqual({ on: true, range: '7d', from: '2026-03-09', to: TODAY, personaId: P });
  });
  it('keeps a valid custom range and refuses a reversed, future or malformed one', () => {
    expect(liveViewFrom(new URLSearchParams('range=custom&from=2026-01-01&to=2026-01-31'), TODAY)).toMatchObject({ range: 'custom', from: '2026-01-01', to: '2026-01-31' });
    for (const q of ['range=custom&from=2026-02-01&to=2026-01-01', 'range=custom&from=2026-03-01&to=2026-04-01', 'range=custom&from=01/01/2026&to=2026-01-31', 'range=1y'])
      expect(liveViewFrom(new URLSearchParams(q), TODAY)).toMatchObject({ range: '30d', to: TODAY });
  });
  it('ignores a persona that is not an id', () => {
    expect(liveViewFrom(new URLSearchParams('persona=%3Cscript%3E'), TODAY).personaId).toBeUndefined();
  });
});

describe('applyLivePatch', () => {
  it('drops the days when a preset is chosen and removes emptied keys', () => {
    const next = applyLivePatch(new URLSearchParams('live=1&range=custom&from=2026-01-01&to=2026-01-31&persona=x'), { range: '7d', persona: null });
    expect(next.toString()).toBe('live=1&range=7d');
  });
});
