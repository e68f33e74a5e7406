import { describe, expect, it } from 'vitest';
import { viewFrom } from './view';

const TODAY = '2026-11-24';
const view = (q: string) => viewFrom(new URLSearchParams(q), TODAY);

describe('the Scores screen read from its URL', () => {
  it('opens on the last 30 days by day, NPS by touchpoint, most answers first', () => {
    expect(view('')).toEqual({
      surveyId: undefined, touchpointId: undefined, channel: undefined, storeId: undefined,
      range: '30d', from: '2026-10-26', to: TODAY, by: 'day', metric: 'nps', group: 'touchpoint', sort: 'n', order: 'desc',
    });
  });

  it('keeps what a shared link asks for, with a step that suits the length', () => {
    const id = '0190a000-0000-7000-8000-000000000001';
    expect(view(`range=lastMonth&survey=${id}&touchpoint=${id}&store=${id}&channel=kiosk&metric=csat&group=store&sort=score&order=asc`)).toMatchObject({
      range: 'lastMonth', from: '2026-10-01', to: '2026-10-31', by: 'day', surveyId: id, touchpointId: id, storeId: id, channel: 'kiosk', metric: 'csat', group: 'store', sort: 'score', order: 'asc',
    });
    expect(view('range=custom&from=2026-01-01&to=2026-11-20')).toMatchObject({ range: 'custom', from: '2026-01-01', to: '2026-11-20', by: 'month' });
    expect(view('range=90d&by=day').by).toBe('day');
  });

  it('falls back to the defaults on anything malformed, never an error', () => {
    expect(view('range=custom&from=2026-11-20&to=2026-11-01')).toMatchObject({ range: '30d', from: '2026-10-26' });
    expect(view('range=custom&from=2026-11-01&to=2027-01-01')).toMatchObject({ range: '30d' });
    expect(view('range=custom&from=hôm-qua&to=2026-11-01')).toMatchObject({ range: '30d' });
    expect(view('range=year&by=hour&metric=x&group=stage&sort=evil&survey=1%27%20or%201=1&channel=sms')).toMatchObject({
      range: '30d', by: 'day', metric: 'nps', group: 'touchpoint', sort: 'n', surveyId: undefined, channel: undefined,
    });
  });
});
