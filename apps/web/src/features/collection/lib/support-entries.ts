import type { CustomerSupport } from '@footprint/core';

export type SupportEntry = { kind: 'case'; at: string; c: CustomerSupport['cases'][number] } | { kind: 'reply'; at: string; r: CustomerSupport['replies'][number] };

/** The support entries of a timeline (cases and replies), only those within the loaded events' time span. */
export function supportEntries(support: CustomerSupport | undefined, oldest: string | null): SupportEntry[] {
  if (!support) return [];
  const within = (at: string) => oldest === null || at >= oldest;
  return [
    ...support.cases.filter((c) => within(c.createdAt)).map((c) => ({ kind: 'case' as const, at: c.createdAt, c })),
    ...support.replies.filter((r) => within(r.createdAt)).map((r) => ({ kind: 'reply' as const, at: r.createdAt, r })),
  ];
}
