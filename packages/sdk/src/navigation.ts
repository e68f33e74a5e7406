/**
 * Calls `onChange` after every history navigation: pushState and replaceState (which fire no
 * event) and popstate (back/forward). Deferred, so routers have set the title by then.
 */
export function watchNavigation(onChange: () => void): void {
  const later = (): void => void setTimeout(onChange, 0);
  for (const name of ['pushState', 'replaceState'] as const) {
    const original = history[name];
    history[name] = function (this: History, ...args: Parameters<History['pushState']>): void {
      // The page's own call runs first and untouched: its result and its errors are the page's.
      original.apply(this, args);
      later();
    };
  }
  addEventListener('popstate', later);
}
