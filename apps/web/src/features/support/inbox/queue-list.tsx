import { Badge, NavLink, Skeleton, Stack, Text } from '@mantine/core';
import { IconAlarm, IconInbox, IconUser, IconUserQuestion, IconUsersGroup } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../components/query-state';
import { departmentName, useFormat } from '../../workspace';
import { useQueues } from '../cases/hooks';
import type { InboxFilters } from './filters';

/** The inbox's queues with what each holds: mine, unassigned, all, past SLA, then each department. */
export function QueueList({ current, onPick }: { current: string; onPick: (f: InboxFilters) => void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const queues = useQueues();
  if (queues.isError) return <QueryError error={queues.error} onRetry={() => void queues.refetch()} />;
  if (queues.isPending) {
    return (
      <Stack gap={6} aria-busy="true" aria-label={t('common.loading')}>
        {[0, 1, 2, 3, 4].map((i) => (
          <Skeleton key={i} height={32} radius="sm" />
        ))}
      </Stack>
    );
  }
  const q = queues.data;
  const count = (n: number, red = false) => (
    <Badge size="sm" variant={red && n > 0 ? 'filled' : 'light'} color={red && n > 0 ? 'red' : 'gray'} aria-label={t('supportInbox.queues.count', { count: n })}>
      {fmt.number(n)}
    </Badge>
  );
  const items = [
    { key: 'mine', label: t('supportInbox.queues.mine'), icon: IconUser, n: q.mine, filters: { queue: 'mine' } },
    { key: 'unassigned', label: t('supportInbox.queues.unassigned'), icon: IconUserQuestion, n: q.unassigned, filters: { queue: 'unassigned' } },
    { key: 'all', label: t('supportInbox.queues.all'), icon: IconInbox, n: q.all, filters: {} },
    { key: 'breached', label: t('supportInbox.queues.breached'), icon: IconAlarm, n: q.breached, filters: { breached: 'true' }, red: true },
  ];
  return (
    <Stack gap={2} component="nav" aria-label={t('supportInbox.queues.label')}>
      {items.map((i) => (
        <NavLink
          key={i.key}
          label={i.label}
          leftSection={<i.icon size={16} aria-hidden />}
          rightSection={count(i.n, i.red)}
          active={current === i.key}
          aria-current={current === i.key ? 'page' : undefined}
          onClick={() => onPick(i.filters)}
        />
      ))}
      <Text size="xs" c="dimmed" tt="uppercase" fw={600} mt="sm" mb={4} px="sm">
        {t('supportInbox.queues.departments')}
      </Text>
      {q.departments.length === 0 && (
        <Text size="sm" c="dimmed" px="sm">
          {t('supportInbox.queues.noDepartments')}
        </Text>
      )}
      {q.departments.map((d) => {
        const key = `department:${d.id}`;
        return (
          <NavLink
            key={d.id}
            label={departmentName(d, fmt.locale)}
            description={d.handoffsOpen > 0 ? t('supportInbox.queues.handoffsOpen', { count: d.handoffsOpen }) : undefined}
            leftSection={<IconUsersGroup size={16} aria-hidden />}
            rightSection={count(d.open)}
            active={current === key}
            aria-current={current === key ? 'page' : undefined}
            onClick={() => onPick({ queue: 'department', departmentId: d.id })}
          />
        );
      })}
    </Stack>
  );
}
