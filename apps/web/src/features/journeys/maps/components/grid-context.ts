import type { JourneyDoc, JourneyTouchpoint } from '@footprint/core';
import { createContext, useContext, type ReactNode } from 'react';

export interface TouchpointRef {
  id: string;
  name: string;
  channel: string;
}
export interface DepartmentRef {
  id: string;
  name: string;
}

/** What every part of the grid needs, without passing it through each layer. */
export interface GridContextValue {
  doc: JourneyDoc;
  language: 'vi' | 'en';
  editable: boolean;
  change: (doc: JourneyDoc) => void;
  touchpoints: Map<string, TouchpointRef>;
  departments: Map<string, DepartmentRef>;
  renderTouchpointExtra?: (item: JourneyTouchpoint, stageId: string) => ReactNode;
  /** Opens the touchpoint editor: a new item when `item` is null. */
  editTouchpoint: (stageId: string, laneId: string, item: JourneyTouchpoint | null) => void;
  /** A card just added: it opens in edit mode. */
  fresh: string | null;
  setFresh: (id: string | null) => void;
}

export const GridContext = createContext<GridContextValue | null>(null);

export function useGrid(): GridContextValue {
  const v = useContext(GridContext);
  if (!v) throw new Error('useGrid outside JourneyGrid');
  return v;
}
