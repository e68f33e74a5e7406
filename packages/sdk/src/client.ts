import { buildContext } from './context';
import { Delivery } from './delivery';
import { watchNavigation } from './navigation';
import { QUEUE_MAX, Queue } from './queue';
import { KEYS, memoryKV, persistentKV, wipeStored, type KV } from './storage';
import type { Campaign, InitOptions, Message, MessageType, Properties } from './types';
import { campaignQuery, normalizeHost, pageKey, parseCampaign, withoutHash } from './url';
import { uuid } from './uuid';
import { VERSION } from './version';
import { warn } from './warn';
import { WidgetRuntime } from './widget/runtime';

type State = 'off' | 'pending' | 'granted' | 'denied';
type Fields = { type: MessageType; event?: string; traits?: Properties };

// Host pages pass anything: arguments are parsed, never trusted.
function isProps(value: unknown): value is Properties {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return typeof value === 'string' && value.trim() ? value : undefined;
}

function bounded(value: unknown, min: number, max: number, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : fallback;
}

function readTraits(kv: KV): Properties {
  try {
    const parsed: unknown = JSON.parse(kv.get(KEYS.traits) ?? '{}');
    return isProps(parsed) ? parsed : {};
  } catch {
    return {};
  }
}

/**
 * The SDK. Calls made before `init` wait in memory and run, with the time they were made,
 * once it is called. No public method throws: failures become console warnings.
 */
export class Footprint {
  readonly version = VERSION;
  private state: State = 'off';
  private kv: KV = memoryKV();
  private delivery: Delivery | undefined;
  private calls: Array<[string, unknown[], number]> = [];
  private aid = '';
  /** The address of the last page view. */
  private href = '';
  private referrer = '';
  private landing: Campaign | undefined;
  private lastPage = '';
  private widgetOn = false;
  private widget: WidgetRuntime | undefined;
  private writeKey = '';
  private host = '';

  /** `defaults`: what the script tag said (`data-write-key`, its host), used when init omits them. */
  constructor(private readonly defaults: { writeKey?: string; host?: string } = {}) {}

  get started(): boolean {
    return this.state !== 'off';
  }

  init(options?: Partial<InitOptions>): void {
    this.apply('init', [options]);
  }

  /** `identify(userId, traits)`, or `identify(traits)` to describe an anonymous visitor. */
  identify(userId?: string | null | Properties, traits?: Properties): void {
    this.apply('identify', [userId, traits]);
  }

  track(event: string, properties?: Properties): void {
    this.apply('track', [event, properties]);
  }

  /** `page()`, `page(name)`, `page(name, properties)` or `page(properties)`. */
  page(name?: string | Properties, properties?: Properties): void {
    this.apply('page', [name, properties]);
  }

  /** Forgets the user (e.g. on sign-out): a new anonymousId, no userId, no traits. */
  reset(): void {
    this.apply('reset', []);
  }

  consent(granted: boolean): void {
    this.apply('consent', [granted]);
  }

  /** Sends what is waiting now; resolves when that attempt ends (it never rejects). */
  flush(): Promise<void> {
    try {
      return this.delivery ? this.delivery.flush() : Promise.resolve();
    } catch {
      return Promise.resolve();
    }
  }

  /** Runs one call by name; the snippet's queued calls arrive here with their original time. */
  apply(method: string, args: unknown[], at = Date.now()): void {
    try {
      if (method === 'init') return this.start(args[0]);
      if (method === 'flush') return void this.flush();
      if (this.state === 'off') {
        if (this.calls.length < QUEUE_MAX) this.calls.push([method, args, at]);
        return;
      }
      if (method === 'consent') {
        if (typeof args[0] !== 'boolean') return warn('consent takes true or false');
        return args[0] ? this.grant() : this.deny();
      }
      if (this.state === 'denied') return;
      if (method === 'identify') this.identifyNow(args[0], args[1], at);
      else if (method === 'track') this.trackNow(args[0], args[1], at);
      else if (method === 'page') this.pageNow(args[0], args[1], at);
      else if (method === 'reset') this.resetNow();
      else warn(`unknown method ${method}`);
    } catch (e) {
      warn(`${method} failed: ${String(e)}`);
    }
  }

  private start(arg: unknown): void {
    if (this.state !== 'off') return warn('init was already called');
    const o = isProps(arg) ? arg : {};
    const writeKey = text(o.writeKey) ?? this.defaults.writeKey;
    const host = normalizeHost(text(o.host) ?? this.defaults.host ?? '');
    if (!writeKey || !host) return warn('init needs a writeKey and an http(s) host');
    const pending = o.consent === 'pending';
    this.writeKey = writeKey;
    this.host = host;
    this.widgetOn = o.widget !== false;
    this.state = pending ? 'pending' : 'granted';
    // Before consent nothing touches the browser's storage: not even a read.
    this.kv = pending ? memoryKV() : persistentKV();
    this.delivery = new Delivery(new Queue(() => this.kv), {
      url: `${host}/v1/batch`,
      writeKey,
      maxBatch: bounded(o.maxBatch, 1, 100, 20),
      flushInterval: bounded(o.flushInterval, 0, 3_600_000, 2000),
      live: () => this.state === 'granted',
      durable: () => this.kv.durable === true,
    });
    this.referrer = document.referrer;
    this.landing = parseCampaign(location.search);
    if (this.landing && !this.kv.get(KEYS.firstCampaign)) this.kv.set(KEYS.firstCampaign, campaignQuery(this.landing));
    this.listen();
    if (!pending) this.startWidget();
    const calls = this.calls;
    this.calls = [];
    for (const [method, args, at] of calls) this.apply(method, args, at);
    if (o.autoPage !== false) {
      watchNavigation(() => this.autoPage());
      this.autoPage();
    }
    // Sends the first page view at once, with whatever an earlier page left in the queue.
    void this.delivery.flush();
  }

  private listen(): void {
    const guard = (fn: () => void) => (): void => {
      try {
        fn();
      } catch (e) {
        warn(String(e));
      }
    };
    addEventListener('pagehide', guard(() => this.delivery?.beacon()));
    document.addEventListener(
      'visibilitychange',
      guard(() => document.visibilityState === 'hidden' && this.delivery?.beacon()),
    );
    addEventListener('online', guard(() => void this.delivery?.flush(true)));
  }

  /** The feedback widget runs only with consent (and unless `widget: false`). */
  private startWidget(): void {
    if (!this.widgetOn || this.widget) return;
    this.widget = new WidgetRuntime({
      host: this.host,
      writeKey: this.writeKey,
      kv: () => this.kv,
      ids: () => ({ anonymousId: this.anonymousId(), userId: this.kv.get(KEYS.userId) ?? undefined }),
    });
    this.widget.start();
  }

  private autoPage(): void {
    if (pageKey(location.href) !== this.lastPage) this.apply('page', []);
  }

  private identifyNow(idOrTraits: unknown, traitsArg: unknown, at: number): void {
    const userId = isProps(idOrTraits) ? undefined : text(idOrTraits);
    const given = isProps(idOrTraits) ? idOrTraits : isProps(traitsArg) ? traitsArg : {};
    const current = this.kv.get(KEYS.userId);
    // Another person signs in on this browser: the previous person's traits are not theirs.
    const traits = { ...(userId && current && userId !== current ? {} : readTraits(this.kv)), ...given };
    const json = JSON.stringify(traits);
    if (userId) this.kv.set(KEYS.userId, userId);
    this.kv.set(KEYS.traits, json);
    this.add(this.message(at, { type: 'identify', traits }));
  }

  private trackNow(event: unknown, properties: unknown, at: number): void {
    const name = text(event);
    if (!name) return warn('track needs an event name');
    this.add(this.message(at, { type: 'track', event: name }, isProps(properties) ? properties : {}));
  }

  private pageNow(nameOrProps: unknown, properties: unknown, at: number): void {
    const name = isProps(nameOrProps) ? undefined : text(nameOrProps);
    const given = isProps(nameOrProps) ? nameOrProps : isProps(properties) ? properties : {};
    this.lastPage = pageKey(location.href);
    // In a single-page app the previous page view's address is the referrer.
    const href = withoutHash(location.href);
    if (this.href && href !== this.href) this.referrer = this.href;
    this.href = href;
    const message = this.message(at, { type: 'page' });
    message.properties = { ...message.context.page, ...given };
    if (name) message.name = name;
    this.add(message);
  }

  private resetNow(): void {
    this.aid = uuid();
    this.kv.set(KEYS.anonymousId, this.aid);
    this.kv.del(KEYS.userId);
    this.kv.del(KEYS.traits);
  }

  private grant(): void {
    if (this.state === 'granted') return;
    const memory = this.kv;
    const stored = persistentKV();
    const waiting = new Queue(() => memory).all();
    this.kv = stored;
    this.state = 'granted';
    // A visitor who consented on an earlier visit keeps the ids stored then.
    const memoryUser = memory.get(KEYS.userId);
    const storedUser = stored.get(KEYS.userId);
    const sameUser = !memoryUser || memoryUser === storedUser;
    const userId = memoryUser ?? storedUser;
    const traits = { ...(sameUser ? readTraits(stored) : {}), ...readTraits(memory) };
    this.aid = stored.get(KEYS.anonymousId) ?? memory.get(KEYS.anonymousId) ?? uuid();
    stored.set(KEYS.anonymousId, this.aid);
    if (userId) stored.set(KEYS.userId, userId);
    if (Object.keys(traits).length) stored.set(KEYS.traits, JSON.stringify(traits));
    const first = memory.get(KEYS.firstCampaign);
    if (first && !stored.get(KEYS.firstCampaign)) stored.set(KEYS.firstCampaign, first);
    for (const m of waiting) {
      m.anonymousId = this.aid;
      if (!memoryUser && userId) m.userId = userId;
    }
    if (this.delivery) {
      this.delivery.queue.push(waiting);
      void this.delivery.flush(true);
    }
    this.startWidget();
  }

  private deny(): void {
    this.state = 'denied';
    this.widget?.stop();
    this.widget = undefined;
    this.kv = memoryKV();
    this.aid = '';
    wipeStored();
  }

  private anonymousId(): string {
    const stored = this.kv.get(KEYS.anonymousId);
    if (stored) return (this.aid = stored);
    this.aid ||= uuid();
    this.kv.set(KEYS.anonymousId, this.aid);
    return this.aid;
  }

  private message(at: number, fields: Fields, properties?: Properties): Message {
    const userId = this.kv.get(KEYS.userId);
    const message: Message = {
      ...fields,
      messageId: uuid(),
      anonymousId: this.anonymousId(),
      context: buildContext(
        this.referrer,
        parseCampaign(location.search) ?? this.landing,
        parseCampaign(this.kv.get(KEYS.firstCampaign) ?? ''),
      ),
      timestamp: new Date(at).toISOString(),
    };
    if (userId) message.userId = userId;
    if (properties) message.properties = properties;
    return message;
  }

  private add(message: Message): void {
    this.delivery?.add(message);
    this.widget?.observe(message);
  }
}
