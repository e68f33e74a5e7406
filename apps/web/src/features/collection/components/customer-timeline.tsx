import { useMemo } from 'react';
import { useTimeline } from '../hooks/use-customers';
import { TimelineCard } from './timeline-card';

/** A customer's whole timeline on its own, for other parts' pages (a support case's customer panel). */
export function CustomerTimeline({ userId }: { userId: string }) {
  const timeline = useTimeline(userId);
  const events = useMemo(() => timeline.data?.pages.flatMap((p) => p.items) ?? [], [timeline.data]);
  return <TimelineCard timeline={timeline} events={events} />;
}
