/**
 * Registers the kiosk's service worker (public/kiosk-sw.js), scoped to /kiosk so the dashboard is
 * never served from a cache. Once it controls the page, the page tells it which built files it
 * loaded, so a reload without network has them all; `data-offline-ready` on <html> says it is done.
 * Service workers need https (or localhost); without one the queue still works, only a reload
 * while offline does not.
 */
export function registerKioskWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  void (async () => {
    try {
      await navigator.serviceWorker.register('/kiosk-sw.js', { scope: '/kiosk' });
      const reg = await navigator.serviceWorker.ready;
      const urls = [...new Set(performance.getEntriesByType('resource').map((e) => e.name))].filter((u) => {
        const url = new URL(u);
        return url.origin === location.origin && (url.pathname.startsWith('/assets/') || url.pathname === '/favicon.svg');
      });
      const done = new MessageChannel();
      done.port1.onmessage = () => {
        document.documentElement.dataset.offlineReady = 'true';
      };
      reg.active?.postMessage({ type: 'keep', urls }, [done.port2]);
    } catch {
      // No worker (http on a LAN address, private mode): answers are still queued and synced.
    }
  })();
}
