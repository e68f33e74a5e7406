import { Anchor, Badge, DataList, Drawer, Skeleton, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryError } from '../../../../components/query-state';
import { useResponse } from '../hooks';
import { customerProfilePath, customerResponsesPath } from '../paths';
import { useDayTime } from '../use-day-time';
import { AnswerView } from './answer-view';
import { ChannelLabel } from './channel-label';
import { ScoreBadge } from './score-badge';

/** One response: where and when it was given, by whom, and every question with its answer. */
export function ResponseDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const dayTime = useDayTime();
  const response = useResponse(id);
  const r = response.data;
  const item = (label: string, value: ReactNode) => (
    <DataList.Item>
      <DataList.ItemLabel c="dimmed">{label}</DataList.ItemLabel>
      <DataList.ItemValue style={{ overflowWrap: 'anywhere' }}>{value}</DataList.ItemValue>
    </DataList.Item>
  );
  return (
    <Drawer opened={id !== null} onClose={onClose} position="right" size="lg" title={t('responses.detail.title')} closeButtonProps={{ 'aria-label': t('common.close') }}>
      {response.isError ? (
        <QueryError error={response.error} onRetry={() => void response.refetch()} />
      ) : !r ? (
        <Stack gap="sm" aria-busy="true" aria-label={t('common.loading')}>
          <Skeleton height={28} width="60%" />
          <Skeleton height={140} />
          <Skeleton height={220} />
        </Stack>
      ) : (
        <Stack gap="lg" data-testid="response-detail">
          <Stack gap={6}>
            <Title order={3} fz="h4" style={{ overflowWrap: 'anywhere' }}>
              {r.survey.name}
            </Title>
            <ScoreBadge score={r.score} />
          </Stack>
          <DataList labelWidth="140px" gap={6} size="sm">
            {item(t('responses.detail.customer'), r.customer ? (
              <Stack gap={2}>
                <Anchor component={Link} to={customerProfilePath(r.customer.userId)} size="sm">
                  {r.customer.name ?? r.customer.userId}
                </Anchor>
                <Anchor component={Link} to={customerResponsesPath(r.customer.userId)} size="xs" onClick={onClose}>
                  {t('responses.detail.allOfCustomer')}
                </Anchor>
              </Stack>
            ) : t('responses.table.anonymous'))}
            {item(t('alerts.responseCase.label'), r.case ? (
              <Anchor component={Link} to={`/support/cases/${r.case.id}`} size="sm" data-testid="response-case-link">
                {t('alerts.responseCase.link', { number: r.case.number, status: t(`alerts.caseStatus.${r.case.status}`) })}
              </Anchor>
            ) : t('alerts.responseCase.none'))}
            {item(t('responses.detail.status'), <Badge variant="light" color={r.status === 'completed' ? 'teal' : 'gray'}>{t(`responses.statuses.${r.status}`)}</Badge>)}
            {item(t('responses.detail.touchpoint'), r.touchpoint?.name ?? t('common.none'))}
            {item(t('responses.detail.channel'), <ChannelLabel channel={r.channel} />)}
            {r.store && item(t('responses.detail.store'), r.store.name)}
            {r.device && item(t('responses.detail.device'), r.device.name ?? t('responses.detail.kiosk'))}
            {item(t('responses.detail.language'), t(`responses.languages.${r.language}`))}
            {item(t('responses.detail.started'), dayTime(r.createdAt))}
            {item(r.completedAt ? t('responses.detail.completed') : t('responses.detail.lastSaved'), dayTime(r.completedAt ?? r.updatedAt))}
          </DataList>
          <Stack gap={0}>
            <Title order={4} fz="h6" mb={4}>
              {t('responses.detail.answers')}
            </Title>
            {r.answers.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('common.none')}
              </Text>
            ) : (
              r.answers.map((q) => <AnswerView key={q.questionId} q={q} />)
            )}
          </Stack>
        </Stack>
      )}
    </Drawer>
  );
}
