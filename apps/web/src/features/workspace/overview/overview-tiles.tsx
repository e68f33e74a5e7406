import { Grid, Skeleton } from '@mantine/core';
import { Suspense } from 'react';
import type { OverviewPeriod } from './tile';
import { OVERVIEW_TILES } from './tiles';

/** Every registered tile, in order, each loading on its own. */
export function OverviewTiles({ period }: { period: OverviewPeriod }) {
  return (
    <Grid gap="lg">
      {OVERVIEW_TILES.map(({ id, span, Component }) => (
        <Grid.Col key={id} span={span} data-tile={id}>
          <Suspense fallback={<Skeleton height={140} radius="md" />}>
            <Component period={period} />
          </Suspense>
        </Grid.Col>
      ))}
    </Grid>
  );
}
