import type { JourneyDoc, JourneyLive, JourneyTouchpoint } from '@footprint/core';
import { useMemo, type ReactNode } from 'react';
import { LiveTouchpointBadge } from './components/live-touchpoint-badge';
import { StageLiveFigures } from './components/stage-live-figures';

/** What JourneyGrid takes to show the live layer: its slots for touchpoint cards, stage headers and the measured emotion curve. */
export interface LiveGridProps {
  renderTouchpointExtra?: (item: JourneyTouchpoint, stageId: string) => ReactNode;
  measuredEmotion?: Record<string, number | null>;
  stageHeaderExtra?: (stageId: string) => ReactNode;
}

/** The grid's live slots filled from one live answer; nothing (the plain map) while there is none. */
export function useLiveGridProps(doc: JourneyDoc, live: JourneyLive | undefined, nameOf: (item: JourneyTouchpoint) => string): LiveGridProps {
  return useMemo(() => {
    if (!live) return {};
    const byItem = new Map(live.touchpoints.map((t) => [t.itemId, t]));
    const byStage = new Map(live.stages.map((s) => [s.stageId, s]));
    const lastStage = doc.stages[doc.stages.length - 1]?.id;
    return {
      // Only linked items are measured; an unlinked idea stays as drawn.
      renderTouchpointExtra: (item: JourneyTouchpoint) =>
        item.touchpointId ? <LiveTouchpointBadge live={byItem.get(item.id)} target={item.target} name={nameOf(item)} /> : null,
      measuredEmotion: Object.fromEntries(doc.stages.map((s) => [s.id, byStage.get(s.id)?.measuredEmotion ?? null])),
      stageHeaderExtra: (stageId: string) => <StageLiveFigures stage={byStage.get(stageId)} last={stageId === lastStage} />,
    };
  }, [doc, live, nameOf]);
}
