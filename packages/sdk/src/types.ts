/** Free-form properties or traits: any JSON-serialisable object. */
export type Properties = Record<string, unknown>;

export type MessageType = 'identify' | 'track' | 'page';

/** UTM parameters, named as Segment names them (`utm_campaign` is `name`). */
export interface Campaign {
  name?: string;
  source?: string;
  medium?: string;
  term?: string;
  content?: string;
}

export interface PageContext {
  path: string;
  referrer: string;
  search: string;
  title: string;
  url: string;
}

export interface Context {
  page: PageContext;
  userAgent: string;
  locale: string;
  timezone?: string;
  /** UTM of the current URL, else of the URL this page load landed on. */
  campaign?: Campaign;
  /** The first UTM campaign this browser ever arrived with (kept in storage). */
  firstCampaign?: Campaign;
  library: { name: string; version: string };
  screen?: { width: number; height: number };
}

/** One message of Segment's spec, as it is queued and sent. */
export interface Message {
  type: MessageType;
  messageId: string;
  anonymousId: string;
  userId?: string;
  event?: string;
  name?: string;
  properties?: Properties;
  traits?: Properties;
  context: Context;
  timestamp: string;
}

export type ConsentMode = 'granted' | 'pending';

export interface InitOptions {
  /** The workspace's write key (`fp_w_…`). */
  writeKey: string;
  /** Where Footprint runs, e.g. `https://cx.example.com` (no trailing slash needed). */
  host: string;
  /** `pending`: keep everything in memory and send nothing until `consent(true)`. */
  consent?: ConsentMode;
  /** Send a page view on load and on every SPA navigation. */
  autoPage?: boolean;
  /** Milliseconds a message may wait before it is sent. */
  flushInterval?: number;
  /** Send at once when this many messages are waiting (at most 100). */
  maxBatch?: number;
  /** The feedback widget: shows the workspace's widget surveys when they are due (default true). */
  widget?: boolean;
}
