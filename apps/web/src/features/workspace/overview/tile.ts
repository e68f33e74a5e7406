import type { Granularity, RangePreset } from '@footprint/core';
import type { ComponentType } from 'react';

/** The period the Overview looks at, chosen once at the top of the page for every tile. */
export interface OverviewPeriod {
  preset: RangePreset;
  /** Workspace days, inclusive. */
  from: string;
  to: string;
  /** A step that suits the length, for trends. */
  by: Granularity;
}

/**
 * One tile of the Overview. A part of the product adds its tiles by exporting them from its
 * feature's index and listing them in `tiles.ts`; each tile loads its own data, renders its own
 * card (loading, empty and error states included) and links to its detailed screen.
 */
export interface OverviewTile {
  /** Stable, unique: used as the React key and in tests. */
  id: string;
  /** Place on the page, smallest first (feedback uses 10–30; journeys and support take the gaps). */
  order: number;
  /** Columns of 12 it spans, per breakpoint. */
  span: { base: number; md?: number; lg?: number };
  Component: ComponentType<{ period: OverviewPeriod }>;
}
