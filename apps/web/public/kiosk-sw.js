// The kiosk's service worker (scope /kiosk): the tablet's page opens, and reloads, without a network.
// The page shell is network-first (a new build is picked up whenever the server answers); built
// files are content-hashed, so they are served from the cache once kept. API calls are not touched:
// the page queues answers itself and must see a failed request as failed.
const CACHE = 'footprint-kiosk-v1';
const SHELL = '/kiosk';

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.add(new Request(SHELL, { cache: 'reload' })))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((n) => n.startsWith('footprint-kiosk-') && n !== CACHE).map((n) => caches.delete(n))))
      .then(() => self.clients.claim()),
  );
});

/** Keeps the files the page loaded, and drops those of older builds. */
async function keep(urls) {
  const cache = await caches.open(CACHE);
  const wanted = new Set(urls.map((u) => new URL(u, self.location.origin).href).filter((u) => u.startsWith(self.location.origin)));
  await Promise.all(
    [...wanted].map(async (u) => {
      if (await cache.match(u)) return;
      const res = await fetch(u);
      if (res.ok) await cache.put(u, res);
    }),
  );
  for (const req of await cache.keys()) {
    if (new URL(req.url).pathname.startsWith('/assets/') && !wanted.has(req.url)) await cache.delete(req);
  }
}

self.addEventListener('message', (event) => {
  if (!event.data || event.data.type !== 'keep' || !Array.isArray(event.data.urls)) return;
  const reply = event.ports[0];
  event.waitUntil(
    keep(event.data.urls)
      .catch(() => {})
      .then(() => reply && reply.postMessage('kept')),
  );
});

async function shell(request) {
  const cache = await caches.open(CACHE);
  try {
    const res = await fetch(request);
    if (res.ok) await cache.put(SHELL, res.clone());
    return res;
  } catch {
    return (await cache.match(SHELL)) || Response.error();
  }
}

async function built(request) {
  const cache = await caches.open(CACHE);
  const hit = await cache.match(request);
  if (hit) return hit;
  const res = await fetch(request);
  if (res.ok) await cache.put(request, res.clone());
  return res;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') event.respondWith(shell(request));
  else if (url.pathname.startsWith('/assets/') || url.pathname === '/favicon.svg') event.respondWith(built(request));
});
