import type { Case } from '@footprint/core';
import { Anchor, Badge, Card, Group, Rating, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../../workspace';

/** The feedback the case came from (score, comment, survey, a link to the response) and the resolution CSAT once answered. */
export function FeedbackCard({ c }: { c: Case }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const f = c.feedback;
  if (!f && !c.resolutionCsat) return null;
  return (
    <Card withBorder padding="md">
      <Stack gap="md">
        {f && (
          <Stack gap={6}>
            <Title order={3} fz="h5">
              {t('supportInbox.case.feedback')}
            </Title>
            <Group gap="xs">
              {f.metric && f.score !== null && (
                <Badge size="lg" variant="light" color="red" tt="none">
                  {t(`supportInbox.case.metric.${f.metric}`)} {fmt.number(f.score)}
                </Badge>
              )}
              <Text size="sm">{f.surveyName}</Text>
            </Group>
            {f.comment ? (
              <Text size="sm" fs="italic" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                “{f.comment}”
              </Text>
            ) : (
              <Text size="sm" c="dimmed">
                {t('supportInbox.case.noComment')}
              </Text>
            )}
            <Group justify="space-between">
              <Text size="xs" c="dimmed">
                {fmt.dateTime(f.answeredAt)}
              </Text>
              <Anchor component={Link} to={`/feedback/responses?response=${encodeURIComponent(f.responseId)}`} size="sm">
                {t('supportInbox.case.openResponse')}
              </Anchor>
            </Group>
          </Stack>
        )}
        {c.resolutionCsat && (
          <Stack gap={6}>
            <Title order={3} fz="h5">
              {t('supportInbox.case.resolutionCsat')}
            </Title>
            <Group gap="xs">
              <Rating value={c.resolutionCsat.score} readOnly count={5} aria-label={t('supportInbox.case.csatScore', { score: c.resolutionCsat.score })} />
              <Text size="sm" fw={600}>
                {c.resolutionCsat.score}/5
              </Text>
            </Group>
            {c.resolutionCsat.comment && (
              <Text size="sm" fs="italic" style={{ whiteSpace: 'pre-wrap' }}>
                “{c.resolutionCsat.comment}”
              </Text>
            )}
            <Text size="xs" c="dimmed">
              {fmt.dateTime(c.resolutionCsat.answeredAt)}
            </Text>
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
