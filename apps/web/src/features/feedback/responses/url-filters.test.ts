import { describe, expect, it } from 'vitest';
import { dayFromInput, inputFromDay } from './days';
import { paramsFromView, queryOfView, viewFromParams } from './url-filters';

const SURVEY = '0190a0b0-0000-7000-8000-000000000001';

describe('the responses screen’s address', () => {
  it('round-trips every filter, leaving defaults out', () => {
    const view = viewFromParams(new URLSearchParams(`surveyId=${SURVEY}&scoreGroup=detractor&q=ha+noi&from=2026-03-01&to=2026-03-31&customer=kh+%C4%91%E1%BB%A9c&status=all&sort=score&order=asc&page=3&response=${SURVEY}`));
    expect(view).toEqual({ surveyId: SURVEY, scoreGroup: 'detractor', q: 'ha noi', from: '2026-03-01', to: '2026-03-31', customer: 'kh đức', sort: 'score', order: 'asc', page: 3, response: SURVEY });
    expect(viewFromParams(paramsFromView(view))).toEqual(view);
    expect(queryOfView(view, 25)).toEqual({ surveyId: SURVEY, scoreGroup: 'detractor', q: 'ha noi', from: '2026-03-01', to: '2026-03-31', customer: 'kh đức', sort: 'score', order: 'asc', page: 3, pageSize: 25 });
    expect(paramsFromView({ status: 'completed', sort: 'answeredAt', order: 'desc', page: 1 }).toString()).toBe('');
  });

  it('shows completed responses unless told otherwise', () => {
    expect(viewFromParams(new URLSearchParams(''))).toEqual({ status: 'completed' });
    expect(viewFromParams(new URLSearchParams('status=partial')).status).toBe('partial');
    expect(viewFromParams(new URLSearchParams('status=all')).status).toBeUndefined();
  });

  it('drops values that do not fit instead of breaking the screen', () => {
    expect(viewFromParams(new URLSearchParams('surveyId=nope&scoreGroup=angry&channel=fax&page=-2&sort=name&from=2026-02-30&response=<script>'))).toEqual({ status: 'completed' });
    expect(viewFromParams(new URLSearchParams('from=2026-03-09&to=2026-03-01'))).toEqual({ from: '2026-03-09', status: 'completed' });
  });

  it('reads days typed as dd/mm/yyyy', () => {
    expect(dayFromInput('5/3/2026')).toBe('2026-03-05');
    expect(dayFromInput('05.03.2026')).toBe('2026-03-05');
    expect(dayFromInput('30/02/2026')).toBeNull();
    expect(dayFromInput('2026-03-05')).toBeNull();
    expect(inputFromDay('2026-03-05')).toBe('05/03/2026');
  });
});
