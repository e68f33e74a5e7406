import type { Metric, Score } from '@footprint/core';
import { Box, useMantineTheme } from '@mantine/core';
import { METRIC_SCALE } from '../metrics';

/**
 * A score on its whole scale with its 95% interval (a forest-plot row): wide for few answers,
 * narrow for many, so two groups are compared by how far apart their intervals are. Decorative:
 * the row says the figures in words.
 */
export function IntervalBar({ metric, score, muted }: { metric: Metric; score: Score | null; muted?: boolean }) {
  const theme = useMantineTheme();
  if (!score || score.score === null) return null;
  const { min, max } = METRIC_SCALE[metric];
  const at = (v: number) => `${(((v - min) / (max - min)) * 100).toFixed(2)}%`;
  const color = muted ? theme.colors.gray[5] : theme.colors[theme.primaryColor]![6];
  return (
    <Box pos="relative" h={14} miw={120} aria-hidden>
      <Box pos="absolute" top={6} left={0} right={0} h={2} bg="gray.2" style={{ borderRadius: 1 }} />
      {metric === 'nps' && <Box pos="absolute" top={2} left="50%" w={1} h={10} bg="gray.4" />}
      {score.ci && (
        <Box
          pos="absolute"
          top={4}
          h={6}
          left={at(score.ci.low)}
          w={`calc(${at(score.ci.high)} - ${at(score.ci.low)})`}
          style={{ background: color, opacity: 0.3, borderRadius: 3 }}
        />
      )}
      <Box pos="absolute" top={2} w={10} h={10} left={`calc(${at(score.score)} - 5px)`} style={{ background: color, borderRadius: '50%' }} />
    </Box>
  );
}

/** Promoters, passives and detractors as one bar of 100%. */
export function SplitBar({ promoters, passives, detractors }: { promoters: number | null; passives: number | null; detractors: number | null }) {
  if (promoters === null || passives === null || detractors === null) return null;
  const part = (pct: number, color: string) => <Box h={8} w={`${pct}%`} bg={color} />;
  return (
    <Box display="flex" miw={90} style={{ borderRadius: 4, overflow: 'hidden' }} aria-hidden>
      {part(detractors, 'red.6')}
      {part(passives, 'gray.4')}
      {part(promoters, 'teal.6')}
    </Box>
  );
}
