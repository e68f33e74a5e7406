// Test helper for the widget's browser suites: a stand-in for the server's widget routes.
// Core's modules one by one: the SDK is type-checked for ES2020 browsers, and these are the ones it may use.
import { ZSurveyDefinition } from '@footprint/core/feedback/survey';
import { SURVEY_TEMPLATES } from '@footprint/core/feedback/templates';
import type { WidgetSurvey } from '@footprint/core/feedback/widget-contracts';
import type { Harness, Recorded } from '../browser-harness';

export const SURVEY_ID = '0190a000-0000-7000-8000-000000000001';
export const TOUCHPOINT_ID = '0190a000-0000-7000-8000-0000000000aa';

/** The post-purchase NPS template, as the server's config sends it. */
export function npsSurvey(over: Partial<Omit<WidgetSurvey, 'triggers' | 'definition'>> & { triggers?: Partial<WidgetSurvey['triggers']>; definition?: unknown } = {}): WidgetSurvey {
  const definition = ZSurveyDefinition.parse(over.definition ?? SURVEY_TEMPLATES.find((t) => t.key === 'post_purchase_nps')!.definition);
  return {
    id: SURVEY_ID,
    samplingPercent: 100,
    position: 'bottom-right',
    touchpointIds: [TOUCHPOINT_ID],
    ...over,
    triggers: { events: [], touchpointIds: [], urlPattern: null, delaySeconds: null, exitIntent: false, ...over.triggers },
    definition: { ...definition, brand: { color: definition.brand.color } },
  };
}

export interface WidgetServer {
  claims: () => Array<Record<string, unknown>>;
  saves: () => Array<Record<string, unknown>>;
  dismissals: () => Recorded[];
  configs: () => Recorded[];
}

/** Answers the widget's routes: the config with these surveys, every claim with `claim`, saves as saved. */
export function serveWidget(h: Harness, surveys: WidgetSurvey[], opts: { capDays?: number; claim?: (body: Record<string, unknown>) => unknown } = {}): WidgetServer {
  const of = (path: string) => h.requests.filter((r) => r.path.startsWith(`/api/v1/public/widget${path}`));
  const bodies = (path: string) => h.requests.filter((r) => r.path === `/api/v1/public/widget${path}`).map((r) => JSON.parse(r.body) as Record<string, unknown>);
  let n = 0;
  h.respond = (r) => {
    const json = (body: unknown) => ({ status: 200, body: JSON.stringify(body) });
    if (r.path.startsWith('/api/v1/public/widget/config')) return json({ capDays: opts.capDays ?? 30, surveys });
    if (r.path === '/api/v1/public/widget/impressions') {
      const body = JSON.parse(r.body) as Record<string, unknown>;
      return json(opts.claim ? opts.claim(body) : { show: true, impressionId: `0190a000-0000-7000-8000-00000000000${++n}`, touchpointId: TOUCHPOINT_ID });
    }
    if (r.path.endsWith('/dismiss')) return json({ dismissed: true });
    if (r.path === '/api/v1/public/widget/responses') {
      const b = JSON.parse(r.body) as { responseId: string; complete: boolean };
      return json({ id: b.responseId, completed: b.complete });
    }
    return undefined;
  };
  return {
    claims: () => bodies('/impressions'),
    saves: () => bodies('/responses'),
    dismissals: () => of('/impressions/').filter((r) => r.path.endsWith('/dismiss')),
    configs: () => of('/config'),
  };
}
