import { capAllows, isSampled, urlMatches } from '@footprint/core/feedback/widget-logic';
import { KEYS, type KV } from '../storage';
import type { Message, Properties } from '../types';
import { withoutHash } from '../url';
import { uuid } from '../uuid';
import { VERSION } from '../version';
import { warn } from '../warn';
import { eventMoment, hasMoment } from './moments';
import type { MountOptions, Mounted, Post, WidgetSurvey } from './types';

export interface RuntimeOptions {
  host: string;
  writeKey: string;
  /** The SDK's consented store: when someone was last asked is kept there. */
  kv: () => KV;
  ids: () => { anonymousId: string; userId: string | undefined };
}

type Kind = 'event' | 'touchpoint' | 'page';
type Claim = { show?: boolean; impressionId?: string; touchpointId?: string | null; askedAt?: string };

/**
 * The widget's part of the SDK, always loaded and kept small: it reads the workspace's widget
 * surveys, watches for their moments, samples and applies the frequency cap (here, then on the
 * server, which places the moment on a touchpoint and records the impression), and only then
 * imports the widget itself (`/sdk/footprint-widget.js`). It runs only with consent; `stop()`
 * removes everything when consent is withdrawn.
 */
export class WidgetRuntime {
  private surveys: WidgetSurvey[] | undefined;
  private capDays = 0;
  /** Events recorded before the surveys arrived (an order tracked at load still counts); at most 20. */
  private early: Message[] = [];
  private timers: Array<ReturnType<typeof setTimeout>> = [];
  /** Set while a survey is being claimed and once one is shown: one survey per page load. */
  private busy = false;
  private stopped = false;
  private mounted: Mounted | undefined;
  private readonly post: Post;
  private readonly base: string;

  constructor(private readonly o: RuntimeOptions) {
    this.base = `${o.host}/api/v1/public/widget`;
    this.post = async (path, body, keepalive) => {
      const res = await fetch(this.base + path, {
        method: 'POST',
        // text/plain: a "simple" request, sent without a CORS preflight.
        headers: { 'Content-Type': 'text/plain;charset=UTF-8' },
        body: JSON.stringify({ writeKey: o.writeKey, ...body }),
        credentials: 'omit',
        keepalive: keepalive === true,
      });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      return res.json() as Promise<unknown>;
    };
  }

  start(): void {
    fetch(`${this.base}/config?writeKey=${encodeURIComponent(this.o.writeKey)}`, { credentials: 'omit' })
      .then((res) => (res.ok ? res.json() : Promise.reject(new Error(`HTTP ${res.status}`))))
      .then((c: { capDays?: number; surveys?: WidgetSurvey[] }) => {
        if (this.stopped) return;
        this.capDays = c.capDays ?? 0;
        this.surveys = Array.isArray(c.surveys) ? c.surveys : [];
        if (!this.surveys.length) return;
        if (this.surveys.some((s) => s.triggers.exitIntent)) document.addEventListener('mouseout', this.exit);
        this.page();
        for (const m of this.early.splice(0)) this.observe(m);
      })
      .catch((e: unknown) => warn(`widget: ${String(e)}`));
  }

  /** Every message the SDK records passes here: page views restart the page's moments, tracks may be one. */
  observe(m: Message): void {
    if (this.stopped) return;
    if (!this.surveys) {
      if (this.early.length < 20) this.early.push(m);
    } else if (m.type === 'page') this.page();
    else if (m.type === 'track' && m.event) {
      for (const s of this.surveys) {
        const kind = this.onPage(s) ? eventMoment(s, m.event) : null;
        if (kind && this.due(s, kind, m.event, m.properties)) return;
      }
    }
  }

  stop(): void {
    this.stopped = true;
    this.clear();
    document.removeEventListener('mouseout', this.exit);
    this.mounted?.remove();
  }

  private onPage(s: WidgetSurvey): boolean {
    return urlMatches(s.triggers.urlPattern, location.href);
  }

  private clear(): void {
    for (const t of this.timers) clearTimeout(t);
    this.timers = [];
  }

  /** A page opened (or an SPA navigated): its surveys with no moment are due now, timed ones later. */
  private page(): void {
    this.clear();
    for (const s of this.surveys ?? []) {
      if (!this.onPage(s)) continue;
      if (!hasMoment(s) && this.due(s, 'page')) return;
      const delay = s.triggers.delaySeconds;
      if (delay !== null) this.timers.push(setTimeout(() => this.onPage(s) && this.due(s, 'page'), delay * 1000));
    }
  }

  /** The pointer leaves through the top of the window: towards the tabs, the address bar, the close button. */
  private readonly exit = (e: MouseEvent): void => {
    if (e.relatedTarget || e.clientY > 0) return;
    for (const s of this.surveys ?? []) if (s.triggers.exitIntent && this.onPage(s) && this.due(s, 'page')) return;
  };

  /** A survey's moment came: ask the server unless the cap or sampling already says no. True when it goes ahead. */
  private due(s: WidgetSurvey, kind: Kind, event?: string, properties?: Properties): boolean {
    const kv = this.o.kv();
    const { anonymousId, userId } = this.o.ids();
    if (this.busy || this.stopped || !capAllows(Number(kv.get(KEYS.asked)) || null, Date.now(), this.capDays) || !isSampled(userId ?? anonymousId, s.id, s.samplingPercent)) return false;
    this.busy = true;
    const moment = { kind, type: event ? 'track' : 'page', event: event ?? null, properties: properties ?? {}, url: withoutHash(location.href), path: location.pathname };
    this.show(s, kv, { surveyId: s.id, anonymousId, ...(userId ? { userId } : {}), moment }).catch((e: unknown) => warn(`widget: ${String(e)}`));
    return true;
  }

  private async show(s: WidgetSurvey, kv: KV, claimBody: Record<string, unknown> & { anonymousId: string; userId?: string }): Promise<void> {
    const claim = (await this.post('/impressions', claimBody)) as Claim;
    // Consent withdrawn meanwhile: nothing more is stored or shown.
    if (this.stopped) return;
    if (!claim.show || !claim.impressionId) {
      // Asked recently on another device, or before storage was cleared: remember when.
      if (claim.askedAt) kv.set(KEYS.asked, String(Date.parse(claim.askedAt)));
      this.busy = false;
      return;
    }
    kv.set(KEYS.asked, String(Date.now()));
    const widget = (await import(/* webpackIgnore: true */ /* @vite-ignore */ `${this.o.host}/sdk/footprint-widget.js?v=${VERSION}`)) as { mount(o: MountOptions): Mounted };
    if (this.stopped) return;
    this.mounted = widget.mount({
      survey: s,
      impressionId: claim.impressionId,
      responseId: uuid(),
      touchpointId: claim.touchpointId ?? undefined,
      anonymousId: claimBody.anonymousId,
      userId: claimBody.userId,
      post: this.post,
      onClose: () => (this.mounted = undefined),
    });
  }
}
