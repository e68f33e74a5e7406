type Child = Node | string | null | undefined | false;

/**
 * Builds an element. Text always goes in as text (`textContent`, text nodes), never as HTML, so
 * survey texts and answers cannot inject markup. `on*` props are listeners; `true` is an empty attribute.
 */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props?: Record<string, unknown> | null, ...kids: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const k in props) {
    const v = props[k];
    if (v === null || v === undefined || v === false) continue;
    if (k.slice(0, 2) === 'on') el.addEventListener(k.slice(2), v as EventListener);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const kid of kids) if (kid) el.append(kid);
  return el;
}
