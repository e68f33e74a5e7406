import { roundScore, type ResponseScoreView, type ScoreGroup } from '@footprint/core';
import { Badge, Text } from '@mantine/core';
import { IconStarFilled } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../workspace';

/** Red for unhappy, yellow for lukewarm, teal for happy: the same on every scale. */
export const GROUP_COLORS: Record<ScoreGroup, string> = { negative: 'red', neutral: 'yellow', positive: 'teal' };

/** How an answer reads: "NPS 9", "CSAT 4/5", "CES 6/7", "★ 4/5", "CSI 72". */
export function useScoreText() {
  const fmt = useFormat();
  return (s: Pick<ResponseScoreView, 'metric' | 'value' | 'max'>) => {
    const value = fmt.number(roundScore(s.value, 0));
    if (s.metric === 'nps' || s.metric === 'csi') return `${s.metric.toUpperCase()} ${value}`;
    if (s.metric === 'rating') return `${value}/${s.max}`;
    return `${s.metric.toUpperCase()} ${value}/${s.max}`;
  };
}

/** A response's score coloured by its group; its group in words for screen readers and on hover. */
export function ScoreBadge({ score }: { score: ResponseScoreView | null }) {
  const { t } = useTranslation();
  const text = useScoreText();
  if (!score) {
    return (
      <Text size="sm" c="dimmed">
        {t('responses.score.none')}
      </Text>
    );
  }
  const group = t(`responses.groupShort.${score.npsGroup ?? score.group}`);
  return (
    <Badge
      color={GROUP_COLORS[score.group]}
      variant="light"
      radius="sm"
      tt="none"
      leftSection={score.metric === 'rating' ? <IconStarFilled size={11} aria-hidden /> : undefined}
      title={group}
      aria-label={t('responses.score.aria', { metric: score.metric.toUpperCase(), value: text(score), group })}
      // A score is short: never cut it to an ellipsis when the table is tight.
      styles={{ root: { flexShrink: 0 }, label: { overflow: 'visible' } }}
    >
      {text(score)}
    </Badge>
  );
}
