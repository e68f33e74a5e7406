/** The ids with the one at `index` moved by `delta` places (clamped to the list); the same list when it cannot move. */
export function moveId(ids: readonly string[], index: number, delta: number): string[] {
  const to = Math.min(ids.length - 1, Math.max(0, index + delta));
  if (index < 0 || index >= ids.length || to === index) return [...ids];
  const next = [...ids];
  const [moved] = next.splice(index, 1);
  next.splice(to, 0, moved!);
  return next;
}
