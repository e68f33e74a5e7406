import { presetRange } from '@footprint/core';

/** The periods the live layer offers; a custom range is any days up to today. */
export const LIVE_RANGES = ['7d', '30d', '90d'] as const;
export type LiveRange = (typeof LIVE_RANGES)[number] | 'custom';

/** What the live layer looks at, kept in the URL (`live`, `range`, `from`, `to`, `persona`) so a view can be shared and reloaded. */
export interface LiveView {
  on: boolean;
  range: LiveRange;
  /** Workspace days, inclusive. */
  from: string;
  to: string;
  personaId?: string | undefined;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The view a URL asks for; anything unknown or malformed falls back to the last 30 days, all customers. */
export function liveViewFrom(params: URLSearchParams, today: string): LiveView {
  const raw = params.get('range');
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const custom = raw === 'custom' && DAY.test(from) && DAY.test(to) && from <= to && to <= today && from >= '2000-01-01';
  const preset = LIVE_RANGES.find((r) => r === raw) ?? '30d';
  const persona = params.get('persona');
  return {
    on: params.get('live') === '1',
    range: custom ? 'custom' : preset,
    ...(custom ? { from, to } : presetRange(preset, today)),
    personaId: persona && UUID.test(persona) ? persona : undefined,
  };
}

/** The URL after a change: days belong to a custom range only; a preset is read against today. */
export function applyLivePatch(prev: URLSearchParams, patch: Partial<Record<'live' | 'range' | 'from' | 'to' | 'persona', string | null>>): URLSearchParams {
  const next = new URLSearchParams(prev);
  for (const [k, v] of Object.entries(patch)) {
    if (v === undefined || v === null || v === '') next.delete(k);
    else next.set(k, v);
  }
  if (patch.range && patch.range !== 'custom') {
    next.delete('from');
    next.delete('to');
  }
  return next;
}
