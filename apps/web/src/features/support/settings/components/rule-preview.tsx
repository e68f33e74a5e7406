import type { CaseConditions } from '@footprint/core';
import { Alert, Anchor, Badge, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconFilterSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryError } from '../../../../components/query-state';
import { RESPONSES_PATH } from '../../../feedback';
import { useFormat } from '../../../workspace';
import { useRulePreview } from '../hooks';

/** "Khớp 12 phản hồi trong 30 ngày qua", with a few of them: what the rule being written would catch. */
export function RulePreview({ conditions }: { conditions: CaseConditions | null }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [settled] = useDebouncedValue(conditions, 400);
  const preview = useRulePreview(settled);
  let body;
  if (!conditions) {
    body = (
      <Text size="sm" c="dimmed">
        {t('supportSettings.preview.waiting')}
      </Text>
    );
  } else if (preview.isError) {
    body = <QueryError error={preview.error} onRetry={() => void preview.refetch()} />;
  } else if (!preview.data) {
    body = (
      <Group gap="xs" role="status">
        <Loader size="xs" />
        <Text size="sm" c="dimmed">
          {t('supportSettings.preview.loading')}
        </Text>
      </Group>
    );
  } else {
    const p = preview.data;
    body = (
      <Stack gap="xs" style={{ opacity: preview.isFetching ? 0.6 : 1 }}>
        {p.matched === 0 ? (
          <Alert variant="light" color="gray" role="status">
            {t('supportSettings.preview.none', { days: p.days })}
          </Alert>
        ) : (
          <Group gap="xs" role="status" data-testid="rule-preview-count">
            <Text fw={600}>{t('supportSettings.preview.matched', { count: p.matched, n: fmt.number(p.matched), days: p.days })}</Text>
            <Text size="sm" c="dimmed">
              {t('supportSettings.preview.ofTotal', { total: fmt.number(p.scanned) })}
            </Text>
          </Group>
        )}
        {p.examples.length > 0 && (
          <Stack gap={6} component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('supportSettings.preview.examples')}>
            {p.examples.map((e) => (
              <Card key={e.responseId} component="li" withBorder padding="xs" radius="sm">
                <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
                  <Stack gap={2} style={{ minWidth: 0 }}>
                    <Group gap={6}>
                      {e.score && (
                        <Badge size="sm" variant="light" color="red">
                          {e.score.metric.toUpperCase()} {fmt.number(e.score.value)}
                        </Badge>
                      )}
                      <Text size="sm" fw={500}>
                        {e.customerName ?? t('supportSettings.preview.anonymous')}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {e.surveyName} · {fmt.dateTime(e.completedAt)}
                      </Text>
                    </Group>
                    <Text size="sm" c={e.comment ? undefined : 'dimmed'} lineClamp={2} style={{ overflowWrap: 'anywhere' }}>
                      {e.comment ?? t('supportSettings.preview.noComment')}
                    </Text>
                  </Stack>
                  <Anchor component={Link} to={`${RESPONSES_PATH}?response=${encodeURIComponent(e.responseId)}&status=all`} size="xs" style={{ whiteSpace: 'nowrap' }}>
                    {t('supportSettings.preview.open')}
                  </Anchor>
                </Group>
              </Card>
            ))}
          </Stack>
        )}
      </Stack>
    );
  }
  return (
    <Card withBorder padding="sm" radius="md" bg="gray.0" component="section" aria-label={t('supportSettings.preview.title')}>
      <Stack gap="xs">
        <Group gap={6}>
          <IconFilterSearch size={16} aria-hidden />
          <Title order={3} fz="sm">
            {t('supportSettings.preview.title')}
          </Title>
        </Group>
        {body}
      </Stack>
    </Card>
  );
}
