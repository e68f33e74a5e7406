// Test harness for the real-browser suites: a customer's site and a stand-in Footprint server
// (serving /sdk/footprint.js and recording /v1/* requests) on two origins, and Debian's Chromium.
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { DIST, build } from '../build.mjs';
import { isMessage } from './queue';
import { snippet, type SnippetOptions } from './snippet';
import type { Message } from './types';

export const WRITE_KEY = 'fp_w_test_0123456789abcdef';

export interface Recorded {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  body: string;
  /** The status answered; 0 when the connection was cut instead. */
  status: number;
  at: number;
  messages: Message[];
}

export type Reply = { status: number; headers?: Record<string, string>; body?: string } | 'cut';

export interface Opened {
  page: Page;
  context: BrowserContext;
  warnings: string[];
  errors: string[];
}

function parseMessages(body: string): Message[] {
  try {
    const parsed: unknown = JSON.parse(body);
    const batch: unknown = typeof parsed === 'object' && parsed !== null && 'batch' in parsed ? parsed.batch : [];
    return Array.isArray(batch) ? batch.filter(isMessage) : [];
  } catch {
    return [];
  }
}

async function listen(server: http.Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

export class Harness {
  /** Requests to the Footprint server in the current test. */
  requests: Recorded[] = [];
  /** Every delivered message of the whole file, to check messageIds are never reused. */
  readonly everDelivered: Message[] = [];
  /** Decides the answer to a request; undefined answers 200 {"success":true} (the widget config: no surveys). */
  respond: ((r: Recorded) => Reply | undefined) | undefined;
  /** Passed to the snippet, i.e. to init. */
  options: SnippetOptions = {};
  /** HTML placed right after the snippet (calls made before the SDK loads). */
  afterSnippet = '';
  site = '';
  fp = '';
  /** How often the widget bundle was fetched in the current test. */
  widgetLoads = 0;
  private gate: Promise<void> | undefined;
  private release: (() => void) | undefined;
  private contexts: BrowserContext[] = [];

  constructor(
    private readonly browser: Browser,
    private readonly servers: http.Server[],
  ) {}

  /** Messages in requests the server accepted. */
  delivered(): Message[] {
    return this.requests.filter((r) => r.path === '/v1/batch' && r.status === 200).flatMap((r) => r.messages);
  }

  events(): string[] {
    return this.delivered().map((m) => m.event ?? `${m.type}:${m.context.page.path}`);
  }

  posts(): Recorded[] {
    return this.requests.filter((r) => r.method === 'POST');
  }

  /** Holds /sdk/footprint.js until releaseScript(), to act before the SDK has loaded. */
  holdScript(): void {
    this.gate = new Promise((resolve) => (this.release = resolve));
  }

  releaseScript(): void {
    this.release?.();
    this.gate = undefined;
  }

  async waitFor<T>(probe: () => T | undefined | null | false, what: string, timeoutMs = 15_000): Promise<T> {
    const end = Date.now() + timeoutMs;
    for (;;) {
      const value = probe();
      if (value) return value;
      if (Date.now() > end) throw new Error(`timed out waiting for ${what}; server saw: ${JSON.stringify(this.events())}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  /** A fresh browser context: its own storage and cookies. */
  async context(): Promise<BrowserContext> {
    const context = await this.browser.newContext();
    this.contexts.push(context);
    return context;
  }

  /** A page on `site + path`, in a fresh context unless one is given. */
  async open(pathAndQuery: string, opts: { referer?: string; context?: BrowserContext } = {}): Promise<Opened> {
    const context = opts.context ?? (await this.context());
    const page = await context.newPage();
    // Below the test's own timeout, so a failure names the step that waited.
    page.setDefaultTimeout(10_000);
    const warnings: string[] = [];
    const errors: string[] = [];
    page.on('console', (m) => {
      // Chromium logs failed requests (the tests' own 503s) as console errors: those are not the SDK's.
      if (m.type() === 'warning') warnings.push(m.text());
      else if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(this.site + pathAndQuery, { waitUntil: 'domcontentloaded', referer: opts.referer });
    // The script is async: unless a test holds it back, let it load before the test acts.
    if (!this.gate && !pathAndQuery.includes('nosdk')) await loaded(page);
    return { page, context, warnings, errors };
  }

  /** What the page keeps in localStorage (all keys) and cookies. */
  async stored(page: Page): Promise<{ local: Record<string, string>; cookie: string }> {
    return page.evaluate(() => {
      const local: Record<string, string> = {};
      for (let i = 0; i < localStorage.length; i++) {
        const key = localStorage.key(i)!;
        local[key] = localStorage.getItem(key)!;
      }
      return { local, cookie: document.cookie };
    });
  }

  async reset(): Promise<void> {
    for (const c of this.contexts.splice(0)) await c.close().catch(() => {});
    this.everDelivered.push(...this.delivered());
    this.requests = [];
    this.respond = undefined;
    this.options = {};
    this.afterSnippet = '';
    this.widgetLoads = 0;
    this.releaseScript();
  }

  async close(): Promise<void> {
    await this.reset();
    await this.browser.close();
    for (const s of this.servers) {
      s.closeAllConnections();
      await new Promise((r) => s.close(r));
    }
  }

  html(url: string): string {
    const title = new URL(url, this.site).searchParams.get('title') ?? 'Cửa hàng';
    // `?nosdk` is a page of the same site without Footprint (to leave a tracked page for).
    const head = url.includes('nosdk') ? '' : snippet(this.fp, WRITE_KEY, { flushInterval: 100, ...this.options }) + this.afterSnippet;
    return `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title>${head}</head><body><h1>${title}</h1></body></html>`;
  }

  async handleFootprint(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = req.url ?? '/';
    if (req.method === 'GET' && url.startsWith('/sdk/footprint.js')) {
      await this.gate;
      res.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'no-store' });
      res.end(await readFile(path.join(DIST, 'footprint.js')));
      return;
    }
    if (req.method === 'GET' && url.startsWith('/sdk/footprint-widget.js')) {
      // Imported as a module from another origin: CORS, as the real server sends it.
      this.widgetLoads++;
      res.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'no-store', 'access-control-allow-origin': '*' });
      res.end(await readFile(path.join(DIST, 'footprint-widget.js')));
      return;
    }
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    const rec: Recorded = { method: req.method ?? '', path: url, headers: req.headers, body, status: 0, at: Date.now(), messages: parseMessages(body) };
    this.requests.push(rec);
    const cors = { 'access-control-allow-origin': '*', 'access-control-expose-headers': 'Retry-After' };
    if (req.method === 'OPTIONS') {
      rec.status = 204;
      res.writeHead(204, { ...cors, 'access-control-allow-methods': 'GET, POST', 'access-control-allow-headers': 'content-type' });
      res.end();
      return;
    }
    // The widget's config: no widget surveys unless a test says otherwise.
    const reply = this.respond?.(rec) ?? (url.startsWith('/api/v1/public/widget/config') ? { status: 200, body: '{"capDays":30,"surveys":[]}' } : { status: 200, body: '{"success":true}' });
    if (reply === 'cut') {
      req.socket.destroy();
      return;
    }
    rec.status = reply.status;
    res.writeHead(reply.status, { ...cors, 'content-type': 'application/json', ...reply.headers });
    res.end(reply.body ?? '{}');
  }
}

/** Builds dist/, starts both servers and Chromium. */
export async function startHarness(): Promise<Harness> {
  await build();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
  const site = http.createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(harness.html(req.url ?? '/'));
  });
  const fp = http.createServer((req, res) => {
    harness.handleFootprint(req, res).catch((e: unknown) => {
      res.destroy();
      console.error(e);
    });
  });
  // The handlers above run only once requests arrive, after this line.
  const harness = new Harness(browser, [site, fp]);
  harness.site = await listen(site);
  harness.fp = await listen(fp);
  return harness;
}

/** Waits until the SDK (not just the snippet's stub) is window.footprint. */
export async function loaded(page: Page): Promise<void> {
  await page.waitForFunction(() => typeof window.footprint === 'object' && window.footprint !== null && 'version' in window.footprint);
}

/**
 * Waits until the SDK's queue in localStorage is empty. The stand-in server records a delivery
 * before the browser has read the answer, so "delivered" comes slightly before "removed".
 */
export async function drained(page: Page): Promise<void> {
  await page.waitForFunction(() => localStorage.getItem('fp_queue') === null, undefined, { timeout: 10_000 });
}

/** Marks the page hidden as a browser does when the tab is switched away or the app backgrounded. */
export async function hide(page: Page): Promise<void> {
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    Object.defineProperty(document, 'hidden', { value: true, configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
}
