import type { JourneyOpportunity, JourneyPain, JourneyTouchpoint, LiveTouchpoint, TouchpointTarget } from '@footprint/core';
import { Badge, Box, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useScoreFormat } from '../../feedback';
import { TargetStatusBadge } from '../live/components/target-status';
import type { ItemChange, ItemRow } from './align';

/** What changed, in words and colour: added (only in the future), removed (only now), changed. */
const LOOK: Record<ItemChange, { color: string | null; key: 'added' | 'removed' | 'targetChanged' | null }> = {
  kept: { color: null, key: null },
  added: { color: 'teal', key: 'added' },
  removed: { color: 'red', key: 'removed' },
  changed: { color: 'yellow', key: 'targetChanged' },
};

function Row({ change, children, changedLabel }: { change: ItemChange; children: ReactNode; changedLabel?: string }) {
  const { t } = useTranslation();
  const look = LOOK[change];
  return (
    <Box
      component="li"
      data-change={change}
      p={6}
      style={{
        borderRadius: 6,
        border: `1px solid var(--mantine-color-${look.color ?? 'gray'}-${look.color ? 4 : 3})`,
        background: look.color ? `var(--mantine-color-${look.color}-0)` : undefined,
      }}
    >
      <Group justify="space-between" gap={6} wrap="nowrap" align="flex-start">
        <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
          {children}
        </Stack>
        {look.key && (
          <Badge size="xs" variant="light" color={look.color ?? 'gray'} tt="none" style={{ flexShrink: 0 }}>
            {change === 'changed' ? (changedLabel ?? t('journeyLive.compare.changed')) : t(`journeyLive.compare.${look.key}`)}
          </Badge>
        )}
      </Group>
    </Box>
  );
}

function List({ title, empty, children }: { title: string; empty: boolean; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4}>
      <Text size="xs" fw={700} c="dimmed" tt="uppercase">
        {title}
      </Text>
      {empty ? (
        <Text size="xs" c="dimmed">
          {t('journeyLive.compare.nothing')}
        </Text>
      ) : (
        <Stack gap={4} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
          {children}
        </Stack>
      )}
    </Stack>
  );
}

const sameTargetOf = (a: JourneyTouchpoint, b: JourneyTouchpoint) => (a.target === null ? b.target === null : b.target !== null && a.target.metric === b.target.metric && a.target.min === b.target.min);

function TargetText({ target }: { target: TouchpointTarget }) {
  const { t } = useTranslation();
  const f = useScoreFormat();
  return <>{t('journeyLive.target.short', { metric: t(`scores.metrics.${target.metric}`), min: f.score(target.metric, target.min) })}</>;
}

/** The main measured score of a touchpoint: its target's metric, else the first with answers. */
function LiveLine({ live, metric }: { live: LiveTouchpoint | undefined; metric: TouchpointTarget['metric'] | undefined }) {
  const { t } = useTranslation();
  const f = useScoreFormat();
  if (!live) return null;
  const m = metric && live[metric] ? metric : (['nps', 'csat', 'ces'] as const).find((k) => live[k] !== null);
  const s = m ? live[m] : null;
  return (
    <Text size="xs" data-testid="compare-live">
      {t('journeyLive.compare.liveNow')}: {m && s ? `${t(`scores.metrics.${m}`)} ${f.score(m, s.score)} (${t('journeyLive.badge.n', { n: s.n })})` : t('journeyLive.badge.noAnswers')}
    </Text>
  );
}

interface TpProps {
  rows: ItemRow<JourneyTouchpoint>[];
  side: 'current' | 'future';
  nameOf: (t: JourneyTouchpoint) => string;
  /** Live figures of the current-state map, by item id. */
  liveOf: (itemId: string) => LiveTouchpoint | undefined;
}

/** Touchpoints of one side: the current side with what is measured now, the future side with its targets next to today's figure. */
export function TouchpointRows({ rows, side, nameOf, liveOf }: TpProps) {
  const { t } = useTranslation();
  return (
    <List title={t('journeyLive.compare.touchpoints')} empty={rows.length === 0}>
      {rows.map(({ item, change, other }) => {
        // The future item's counterpart on the current map carries today's figures.
        const live = side === 'current' ? liveOf(item.id) : other ? liveOf(other.id) : undefined;
        return (
          <Row key={item.id} change={change} changedLabel={other && sameTargetOf(item, other) ? undefined : t('journeyLive.compare.targetChanged')}>
            <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
              {nameOf(item)}
            </Text>
            {side === 'current' ? (
              <>
                {item.target && (
                  <Text size="xs" c="dimmed">
                    {t('journeyLive.compare.target')}: <TargetText target={item.target} />
                  </Text>
                )}
                {live && (
                  <Group gap={6}>
                    <LiveLine live={live} metric={item.target?.metric} />
                    <TargetStatusBadge status={live.target} hasTarget={item.target !== null} size="xs" />
                  </Group>
                )}
              </>
            ) : (
              <>
                {item.target && (
                  <Text size="xs" fw={600}>
                    {t('journeyLive.compare.futureTarget')}: <TargetText target={item.target} />
                  </Text>
                )}
                <LiveLine live={live} metric={item.target?.metric} />
              </>
            )}
          </Row>
        );
      })}
    </List>
  );
}

export function PainRows({ rows }: { rows: ItemRow<JourneyPain>[] }) {
  const { t } = useTranslation();
  return (
    <List title={t('journeyLive.compare.pains')} empty={rows.length === 0}>
      {rows.map(({ item, change }) => (
        <Row key={item.id} change={change}>
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
            {item.text}
          </Text>
        </Row>
      ))}
    </List>
  );
}

export function OpportunityRows({ rows }: { rows: ItemRow<JourneyOpportunity>[] }) {
  const { t } = useTranslation();
  return (
    <List title={t('journeyLive.compare.opportunities')} empty={rows.length === 0}>
      {rows.map(({ item, change }) => (
        <Row key={item.id} change={change}>
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
            {item.text}
          </Text>
          {item.owner && (
            <Text size="xs" c="dimmed">
              {item.owner}
            </Text>
          )}
        </Row>
      ))}
    </List>
  );
}
