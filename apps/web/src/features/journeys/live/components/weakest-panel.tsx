import type { Metric, WeakTouchpoint } from '@footprint/core';
import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconMessageReport } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DeltaBadge, useScoreFormat } from '../../../feedback';
import { useLiveFormat } from '../format';
import { TargetStatusBadge } from './target-status';

interface Props {
  weakest: WeakTouchpoint[];
  nameOf: (w: WeakTouchpoint) => string;
  stageNameOf: (stageId: string) => string;
  hasTarget: (w: WeakTouchpoint) => boolean;
  /** The Responses screen filtered to the touchpoint's negative answers; absent on a public page. */
  responsesLink?: ((w: WeakTouchpoint) => string | null) | undefined;
  /** How many to show (the Overview tile shows fewer). */
  limit?: number;
  /** Without its own card and title (inside another card). */
  bare?: boolean;
}

/**
 * "Which touchpoint do we fix first?": the weakest touchpoints, ranked, each with its evidence —
 * the score with its trend, customers, negative share, the stage's drop-off, the target status and
 * what unhappy customers said most, quoted with how often.
 */
export function WeakestPanel({ weakest, nameOf, stageNameOf, hasTarget, responsesLink, limit, bare }: Props) {
  const { t } = useTranslation();
  const shown = limit ? weakest.slice(0, limit) : weakest;
  const list =
    shown.length === 0 ? (
      <Text size="sm" c="dimmed">
        {t('journeyLive.weakest.none')}
      </Text>
    ) : (
      <Stack gap="sm" component="ol" m={0} p={0} style={{ listStyle: 'none' }}>
        {shown.map((w, i) => (
          <WeakItem key={w.itemId} rank={i + 1} w={w} name={nameOf(w)} stage={stageNameOf(w.stageId)} hasTarget={hasTarget(w)} link={responsesLink?.(w) ?? null} compact={!!bare} />
        ))}
      </Stack>
    );
  if (bare) return list;
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="weakest-title" data-testid="weakest-panel">
      <Title order={3} fz="h5" id="weakest-title">
        {t('journeyLive.weakest.title')}
      </Title>
      <Text size="xs" c="dimmed" mb="sm">
        {t('journeyLive.weakest.intro')}
      </Text>
      {list}
    </Card>
  );
}

function WeakItem({ rank, w, name, stage, hasTarget, link, compact }: { rank: number; w: WeakTouchpoint; name: string; stage: string; hasTarget: boolean; link: string | null; compact: boolean }) {
  const { t } = useTranslation();
  const f = useScoreFormat();
  const lf = useLiveFormat();
  const e = w.evidence;
  const metric: Metric | null = e.score?.metric ?? null;
  return (
    <li data-testid="weak-touchpoint">
      <Card withBorder padding="sm" radius="md" style={{ borderInlineStart: `4px solid var(--mantine-color-${e.target === 'missed' ? 'red' : e.target === 'near' ? 'yellow' : e.target === 'met' ? 'teal' : 'gray'}-6)` }}>
        <Stack gap={6}>
          <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
            <Group gap={8} wrap="nowrap" align="baseline">
              <Badge size="sm" variant="filled" color="dark" circle aria-label={t('journeyLive.weakest.rank', { n: rank })}>
                {rank}
              </Badge>
              <Stack gap={0}>
                <Text fw={600} size="sm" style={{ overflowWrap: 'anywhere' }}>
                  {name}
                </Text>
                <Text size="xs" c="dimmed">
                  {t('journeyLive.weakest.stageOf', { stage })}
                </Text>
              </Stack>
            </Group>
            <TargetStatusBadge status={e.target} hasTarget={hasTarget} size="xs" />
          </Group>
          <Group gap="md" wrap="wrap">
            <Figure label={t('journeyLive.weakest.score')}>
              {e.score && metric ? (
                <Group gap={6} wrap="nowrap">
                  <Text size="sm" fw={700}>
                    {t(`scores.metrics.${metric}`)} {f.score(metric, e.score.value)}
                  </Text>
                  <Text size="xs" c="dimmed">
                    ({t('journeyLive.badge.n', { n: lf.count(e.score.n) })})
                  </Text>
                  <DeltaBadge metric={metric} comparison={e.score.change} size="xs" compact />
                </Group>
              ) : (
                <Text size="sm" c="dimmed">
                  {t('journeyLive.weakest.noScore')}
                </Text>
              )}
            </Figure>
            <Figure label={t('journeyLive.weakest.customers')}>
              <Text size="sm" fw={600}>
                {lf.count(e.customers)}
              </Text>
            </Figure>
            <Figure label={t('journeyLive.weakest.negative')}>
              <Text size="sm" fw={600} c={e.negativeShare !== null && e.negativeShare >= 0.3 ? 'red.8' : undefined}>
                {lf.pct(e.negativeShare)}
              </Text>
            </Figure>
            <Figure label={t('journeyLive.weakest.dropOff')}>
              <Text size="sm" fw={600}>
                {lf.pct(e.dropOff)}
              </Text>
            </Figure>
          </Group>
          {!compact || e.complaints.length > 0 ? (
            <Stack gap={2}>
              <Text size="xs" fw={600} c="dimmed">
                {t('journeyLive.weakest.complaints')}
              </Text>
              {e.complaints.length === 0 ? (
                <Text size="xs" c="dimmed">
                  {t('journeyLive.weakest.noComplaints')}
                </Text>
              ) : (
                <Group gap={6} wrap="wrap" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
                  {e.complaints.slice(0, compact ? 2 : 5).map((c) => (
                    <Badge key={c.text} component="li" variant="light" color="red" tt="none" size="md" radius="sm" fw={500} styles={{ label: { overflow: 'visible', whiteSpace: 'normal' } }} h="auto" py={2}>
                      “{c.text}” · {t('journeyLive.weakest.complaintCount', { n: lf.count(c.count), count: c.count })}
                    </Badge>
                  ))}
                </Group>
              )}
            </Stack>
          ) : null}
          {link && (
            <Anchor component={Link} to={link} size="xs" data-print-hide>
              <Group gap={4} wrap="nowrap">
                <IconMessageReport size={14} aria-hidden />
                {t('journeyLive.weakest.readResponses')}
              </Group>
            </Anchor>
          )}
        </Stack>
      </Card>
    </li>
  );
}

function Figure({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      {children}
    </Stack>
  );
}
