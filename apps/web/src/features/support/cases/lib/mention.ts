const MENTION = /(^|\s)@([^\s@]{0,30})$/;

/** The @word being typed right before the caret, if any. */
export function mentionAt(text: string, caret: number): { start: number; query: string } | null {
  const m = MENTION.exec(text.slice(0, caret));
  if (!m) return null;
  return { start: caret - (m[2] ?? '').length - 1, query: m[2] ?? '' };
}
