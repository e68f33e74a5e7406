import type { Campaign, Context } from './types';
import { withoutHash } from './url';
import { LIBRARY, VERSION } from './version';

function timezone(): string | undefined {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || undefined;
  } catch {
    return undefined;
  }
}

/** What every message says about where and how it happened (Segment's `context`). */
export function buildContext(referrer: string, campaign?: Campaign, firstCampaign?: Campaign): Context {
  const context: Context = {
    page: {
      path: location.pathname,
      referrer,
      search: location.search,
      title: document.title,
      url: withoutHash(location.href),
    },
    userAgent: navigator.userAgent,
    locale: navigator.language,
    library: { name: LIBRARY, version: VERSION },
  };
  const tz = timezone();
  if (tz) context.timezone = tz;
  if (campaign) context.campaign = campaign;
  if (firstCampaign) context.firstCampaign = firstCampaign;
  if (typeof screen === 'object') context.screen = { width: screen.width, height: screen.height };
  return context;
}
