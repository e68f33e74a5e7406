import { canReadCases, canSeeAllCases, canWorkCases, type HandoffStatus } from '@footprint/core';
import { Anchor, Card, EmptyState, Group, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { IconArrowsExchange, IconLock } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryError, TableSkeleton } from '../../../components/query-state';
import { TableFooter } from '../../../components/table-footer';
import { departmentName, useDepartments, useFormat, useSession } from '../../workspace';
import { HandoffItem } from '../cases/components/handoffs-panel';
import { useHandoffs, useMyDepartmentId } from '../cases/hooks';
import { useNow } from '../cases/lib/use-now';
import { casePagePath } from '../paths';

const PAGE_SIZE = 20;
type Direction = 'to' | 'from';

/** /support/handoffs — a department's requests: asked of it, or asked by it; open or answered. */
export function HandoffsPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { actor, me } = useSession();
  const canSeeAll = canSeeAllCases(actor);
  const canWork = canWorkCases(actor);
  const myDepartment = useMyDepartmentId(me.user.id);
  const departments = useDepartments();
  const now = useNow();
  const [picked, setPicked] = useState<string | null>(null);
  const [direction, setDirection] = useState<Direction>('to');
  const [status, setStatus] = useState<HandoffStatus>('open');
  const [page, setPage] = useState(1);
  const departmentId = picked ?? (canSeeAll ? undefined : (myDepartment ?? undefined));
  const handoffs = useHandoffs({ departmentId, direction, status, page, pageSize: PAGE_SIZE });
  if (!canReadCases(actor)) {
    return (
      <Card withBorder padding="xl">
        <EmptyState icon={<IconLock size={28} aria-hidden />} title={t('supportInbox.noAccess.title')} description={t('supportInbox.noAccess.body')} py="lg" />
      </Card>
    );
  }
  const pages = handoffs.data ? Math.max(1, Math.ceil(handoffs.data.total / PAGE_SIZE)) : 1;
    const reset = <T,>(set: (v: T) => void) => (v: T) => {
    set(v);
    setPage(1);
  };
  return (
    <Card withBorder padding="lg">
      <Stack gap="md">
        <Text size="sm" c="dimmed" maw={720}>
          {t('supportInbox.handoffs.intro')}
        </Text>
        <Group gap="sm" align="flex-end" wrap="wrap">
          {canSeeAll && (
            <Select
              label={t('supportInbox.handoffs.department')}
              placeholder={t('supportInbox.handoffs.allDepartments')}
              clearable
              value={departmentId ?? null}
              onChange={reset(setPicked)}
              data={(departments.data ?? []).map((d) => ({ value: d.id, label: departmentName(d, fmt.locale) }))}
              w={{ base: '100%', xs: 240 }}
            />
          )}
          <SegmentedControl
            value={direction}
            onChange={(v) => reset(setDirection)(v === 'from' ? 'from' : 'to')}
            data={[
              { value: 'to', label: t('supportInbox.handoffs.toUs') },
              { value: 'from', label: t('supportInbox.handoffs.fromUs') },
            ]}
          />
          <SegmentedControl
            value={status}
            onChange={(v) => reset(setStatus)(v === 'answered' ? 'answered' : v === 'cancelled' ? 'cancelled' : 'open')}
            data={[
              { value: 'open', label: t('supportInbox.handoffs.status.open') },
              { value: 'answered', label: t('supportInbox.handoffs.status.answered') },
              { value: 'cancelled', label: t('supportInbox.handoffs.status.cancelled') },
            ]}
          />
        </Group>
        {handoffs.isError ? (
          <QueryError error={handoffs.error} onRetry={() => void handoffs.refetch()} />
        ) : handoffs.isPending ? (
          <TableSkeleton cols={3} rows={4} />
        ) : handoffs.data.items.length === 0 ? (
          <EmptyState icon={<IconArrowsExchange size={28} aria-hidden />} variant="light" title={t('supportInbox.handoffs.emptyTitle')} description={t(`supportInbox.handoffs.empty.${direction}`)} py="xl" />
        ) : (
          <Stack gap="sm" aria-busy={handoffs.isFetching}>
            {handoffs.data.items.map((h) => (
              <Stack key={h.id} gap={4}>
                <Anchor component={Link} to={casePagePath(h.case.id)} size="sm" fw={600}>
                  #{h.case.number} — {h.case.subject}
                </Anchor>
                <HandoffItem
                  h={h}
                  now={now}
                  canAnswer={canWork && (canSeeAll || h.toDepartment.id === myDepartment)}
                  canCancel={canWork && (canSeeAll || h.fromDepartment?.id === myDepartment)}
                />
              </Stack>
            ))}
          </Stack>
        )}
        {handoffs.data && handoffs.data.total > 0 && (
          <TableFooter summary={t('supportInbox.handoffs.total', { formatted: fmt.number(handoffs.data.total) })} pages={pages} page={page} onPage={setPage} />
        )}
      </Stack>
    </Card>
  );
}
