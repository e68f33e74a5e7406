import { z } from 'zod';
import type { Fixtures } from './isolation-cases.js';
import type { RouteCase } from './isolation.js';

/**
 * The score dashboards' routes aimed across the wall. Every tenant's customer has answered its own
 * survey at its own touchpoint with a detractor's comment (isolation-responses.ts), so a leak of
 * names, ids or comments would show.
 */
const ALL_TIME = 'from=2020-01-01&to=2035-12-31';
const readers = ['owner', 'secret', 'read'] as const;
const items = (data: unknown) => z.object({ items: z.array(z.record(z.string(), z.unknown())) }).safeParse(data).data?.items;
const hasItem = (field: string, value: (s: Fixtures) => string) => (data: unknown, self: Fixtures) => items(data)?.some((i) => i[field] === value(self)) ?? false;
const empty = (data: unknown) => items(data)?.length === 0;

export const SCORE_CASES: RouteCase[] = [
  { route: 'GET /api/v1/scores', label: 'compared with the previous period', target: 'own', permitted: readers, request: () => ({ url: `/api/v1/scores?${ALL_TIME}&compare=previous` }), actsOn: (d) => z.object({ totals: z.object({ nps: z.object({ n: z.number().min(1) }) }), previous: z.object({ from: z.literal('2004-01-01') }) }).safeParse(d).success },
  { route: 'GET /api/v1/scores/breakdown', label: "of the victim's survey", target: 'victim', permitted: readers, request: (v) => ({ url: `/api/v1/scores/breakdown?${ALL_TIME}&groupBy=touchpoint&surveyId=${v.surveyId}` }) },
  { route: 'GET /api/v1/scores/breakdown', label: 'by survey', target: 'own', permitted: readers, request: () => ({ url: `/api/v1/scores/breakdown?${ALL_TIME}&groupBy=survey&compare=previous` }), actsOn: hasItem('key', (s) => s.surveyId) },
  { route: 'GET /api/v1/scores/breakdown', label: 'by touchpoint', target: 'own', permitted: readers, request: () => ({ url: `/api/v1/scores/breakdown?${ALL_TIME}&groupBy=touchpoint` }), actsOn: hasItem('name', (s) => s.touchpointName) },
  { route: 'GET /api/v1/scores/breakdown', label: "at the victim's touchpoint", target: 'own', permitted: readers, request: (v) => ({ url: `/api/v1/scores/breakdown?${ALL_TIME}&groupBy=survey&touchpointId=${v.touchpointId}` }), actsOn: empty },
  { route: 'GET /api/v1/scores/negative-comments', target: 'own', permitted: readers, request: () => ({ url: `/api/v1/scores/negative-comments?${ALL_TIME}&limit=50` }), actsOn: hasItem('comment', (s) => s.responseText) },
  { route: 'GET /api/v1/scores/negative-comments', label: "of the victim's survey", target: 'victim', permitted: readers, request: (v) => ({ url: `/api/v1/scores/negative-comments?${ALL_TIME}&surveyId=${v.surveyId}` }) },
  { route: 'GET /api/v1/scores/negative-comments', label: "at the victim's touchpoint", target: 'own', permitted: readers, request: (v) => ({ url: `/api/v1/scores/negative-comments?${ALL_TIME}&touchpointId=${v.touchpointId}` }), actsOn: empty },
  { route: 'GET /api/v1/scores/coverage', target: 'own', permitted: readers, request: () => ({ url: '/api/v1/scores/coverage' }), actsOn: (d) => z.object({ firstAt: z.string(), lastAt: z.string() }).safeParse(d).success },
];
