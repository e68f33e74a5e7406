import { roundScore, type AnsweredQuestion } from '@footprint/core';
import { Badge, Group, Progress, Stack, Text } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../workspace';
import { GROUP_COLORS, useScoreText } from './score-badge';

/** Text a respondent typed: kept as text, line breaks kept, direction taken from the text itself. */
function Typed({ text }: { text: string }) {
  return (
    <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', unicodeBidi: 'plaintext' }}>
      {text}
    </Text>
  );
}

/** One question and its answer, as people read it. */
export function AnswerView({ q }: { q: AnsweredQuestion }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const scoreText = useScoreText();
  const a = q.answer;
  let body;
  if (!a) {
    body = (
      <Text size="sm" c="dimmed" fs="italic">
        {q.shown ? t('responses.detail.skipped') : t('responses.detail.notShown')}
      </Text>
    );
  } else if (a.kind === 'score') {
    const metric = q.type === 'nps' || q.type === 'csat' || q.type === 'ces' || q.type === 'rating' ? q.type : 'rating';
    body = (
      <Group gap="xs">
        <Badge color={GROUP_COLORS[a.group]} variant="light" tt="none" size="lg" radius="sm">
          {scoreText({ metric, value: a.value, max: a.max })}
        </Badge>
        <Text size="sm" c="dimmed">
          {t(`responses.groupShort.${a.npsGroup ?? a.group}`)}
        </Text>
      </Group>
    );
  } else if (a.kind === 'choice') {
    body = (
      <Group gap={6}>
        {a.labels.map((label, i) => (
          <Badge key={i} variant="outline" color="gray" tt="none" radius="sm" style={{ maxWidth: '100%' }}>
            {label}
          </Badge>
        ))}
      </Group>
    );
  } else if (a.kind === 'text') {
    body = <Typed text={a.text} />;
  } else if (a.kind === 'ratings') {
    body = (
      <Stack gap={6}>
        <Text size="sm" fw={600} c={GROUP_COLORS[a.group]}>
          {t('responses.detail.weighted', { value: fmt.number(roundScore(a.value, 0)) })}
        </Text>
        {a.items.map((i) => (
          <Group key={i.key} gap="sm" wrap="nowrap">
            <Text size="sm" w={180} style={{ overflowWrap: 'anywhere' }}>
              {i.label}
            </Text>
            <Progress value={(100 * i.value) / i.max} w={120} aria-hidden />
            <Text size="sm" fw={500}>
              {i.value}/{i.max}
            </Text>
          </Group>
        ))}
      </Stack>
    );
  } else {
    const rows = [
      ['contactName', a.name],
      ['contactPhone', a.phone],
      ['contactEmail', a.email],
    ] as const;
    body = (
      <Stack gap={4}>
        <Badge color="grape" variant="light" leftSection={<IconLock size={12} aria-hidden />} w="fit-content" tt="none">
          {t('responses.detail.personal')}
        </Badge>
        {rows
          .filter(([, v]) => v)
          .map(([key, v]) => (
            <Text key={key} size="sm" style={{ overflowWrap: 'anywhere' }}>
              <Text span c="dimmed" size="sm">
                {t(`responses.detail.${key}`)}:{' '}
              </Text>
              {v}
            </Text>
          ))}
      </Stack>
    );
  }
  return (
    <Stack gap={6} py="xs" style={{ borderBottom: '1px solid var(--mantine-color-gray-2)', opacity: q.shown || a ? 1 : 0.6 }}>
      <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere', unicodeBidi: 'plaintext' }}>
        {q.title}
      </Text>
      {body}
    </Stack>
  );
}
