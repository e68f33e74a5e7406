import { canReadCases, canWorkCases } from '@footprint/core';
import { ActionIcon, Button, Card, EmptyState, Grid, Group, Stack, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconInbox, IconKeyboard, IconLock, IconPlus, IconSearch } from '@tabler/icons-react';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { QueryError, TableSkeleton } from '../../../components/query-state';
import { TableFooter } from '../../../components/table-footer';
import { useErrorMessage } from '../../../lib/errors';
import { useFormat, useSession } from '../../workspace';
import { useBulkCases, useCases } from '../cases/hooks';
import { useHotkeys } from '../cases/lib/use-hotkeys';
import { useNow } from '../cases/lib/use-now';
import { casePagePath } from '../paths';
import { BulkBar } from './bulk-bar';
import { CasesTable } from './cases-table';
import { apiParams, isNarrowed, PAGE_SIZE, queueKey, readFilters, readPage, SORT_KEYS, type FilterKey, type InboxFilters, type SortKey } from './filters';
import { InboxFilterBar } from './inbox-filters';
import { NewCaseModal } from './new-case-modal';
import { QueueList } from './queue-list';
import { SavedViews } from './saved-views';
import { ShiftSwitch } from './shift-switch';
import { ShortcutsModal } from './shortcuts-modal';

/** /support/inbox — the queues, filters and saved views, one page of cases, bulk actions and the keyboard. */
export function InboxPage() {
  const { t } = useTranslation();
  const { actor } = useSession();
  if (!canReadCases(actor)) {
    return (
      <Card withBorder padding="xl">
        <EmptyState icon={<IconLock size={28} aria-hidden />} title={t('supportInbox.noAccess.title')} description={t('supportInbox.noAccess.body')} py="lg" />
      </Card>
    );
  }
  return <Inbox canWork={canWorkCases(actor)} />;
}

function Inbox({ canWork }: { canWork: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { me } = useSession();
  const navigate = useNavigate();
  const message = useErrorMessage();
  const [sp, setSp] = useSearchParams();
  const filters = useMemo(() => readFilters(sp), [sp]);
  const page = readPage(sp);
  const params = useMemo(() => apiParams(filters, page), [filters, page]);
  const cases = useCases(params);
  const now = useNow();
  const bulk = useBulkCases();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [focus, setFocus] = useState(0);
  const [creating, setCreating] = useState(false);
  const [help, setHelp] = useState(false);
  const searchRef = useRef<HTMLInputElement>(null);
  const items = useMemo(() => cases.data?.items ?? [], [cases.data]);
  const focused = items[Math.min(focus, items.length - 1)];

  const go = useCallback(
    (next: InboxFilters, nextPage = 1) => {
      const out = new URLSearchParams();
      for (const [k, v] of Object.entries(next)) if (v) out.set(k, v);
      if (nextPage > 1) out.set('page', String(nextPage));
      setSp(out);
      setFocus(0);
      setSelected(new Set());
    },
    [setSp],
  );
  const setFilter = useCallback((key: FilterKey, value: string | undefined) => go({ ...filters, [key]: value }), [filters, go]);
  const pickQueue = (q: InboxFilters) => go({ ...q, ...(filters.sort ? { sort: filters.sort, order: filters.order } : {}) });
  const onSort = (k: SortKey) => {
    const sort = filters.sort ?? 'createdAt';
    const order = sort === k ? ((filters.order ?? 'desc') === 'desc' ? 'asc' : 'desc') : 'desc';
    go({ ...filters, sort: k, order });
  };
  const toggle = (id: string) =>
    setSelected((s) => {
      const n = new Set(s);
      if (n.has(id)) n.delete(id);
      else n.add(id);
      return n;
    });
  const toggleAll = () => setSelected((s) => (items.every((c) => s.has(c.id)) ? new Set() : new Set(items.map((c) => c.id))));

  useHotkeys({
    j: () => setFocus((f) => Math.min(f + 1, Math.max(0, items.length - 1))),
    k: () => setFocus((f) => Math.max(0, f - 1)),
    Enter: () => focused && void navigate(casePagePath(focused.id)),
    x: () => focused && canWork && toggle(focused.id),
    a: () =>
      focused &&
      canWork &&
      bulk.mutate(
        { ids: [focused.id], set: { assigneeId: me.user.id } },
        {
          onSuccess: () => notifications.show({ message: t('supportInbox.keys.assignedToMe', { number: focused.number }) }),
          onError: (e) => notifications.show({ color: 'red', message: message(e) }),
        },
      ),
    '/': () => searchRef.current?.focus(),
    '?': () => setHelp(true),
  });

  const pages = cases.data ? Math.max(1, Math.ceil(cases.data.total / PAGE_SIZE)) : 1;
  const narrowed = isNarrowed(filters);
  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, md: 3, xl: 2 }}>
        <Card withBorder padding="sm">
          <QueueList current={queueKey(filters)} onPick={pickQueue} />
        </Card>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 9, xl: 10 }}>
        <Card withBorder padding="lg">
          <Stack gap="md">
            <Group justify="space-between" align="flex-start" gap="sm">
              <Group gap="sm">
                <SavedViews current={filters} onPick={(f) => go(f)} />
                <Tooltip label={t('supportInbox.keys.title')}>
                  <ActionIcon variant="default" size="lg" aria-label={t('supportInbox.keys.title')} onClick={() => setHelp(true)}>
                    <IconKeyboard size={18} aria-hidden />
                  </ActionIcon>
                </Tooltip>
              </Group>
              <Group gap="lg" align="center">
                <ShiftSwitch />
                {canWork && (
                  <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setCreating(true)}>
                    {t('supportInbox.create.open')}
                  </Button>
                )}
              </Group>
            </Group>
            <InboxFilterBar ref={searchRef} filters={filters} onChange={setFilter} onClear={() => go(filters.queue ? { queue: filters.queue, departmentId: filters.departmentId } : filters.breached ? { breached: 'true' } : {})} narrowed={narrowed} />
            {canWork && selected.size > 0 && <BulkBar ids={[...selected]} onDone={() => setSelected(new Set())} />}
            {cases.isError ? (
              <QueryError error={cases.error} onRetry={() => void cases.refetch()} />
            ) : cases.isPending ? (
              <TableSkeleton cols={9} rows={8} />
            ) : items.length === 0 ? (
              narrowed ? (
                <EmptyState icon={<IconSearch size={28} aria-hidden />} title={t('supportInbox.empty.noMatch')} description={t('supportInbox.empty.noMatchBody')} py="xl" />
              ) : (
                <EmptyState icon={<IconInbox size={28} aria-hidden />} variant="light" title={t('supportInbox.empty.title')} description={t('supportInbox.empty.body')} py="xl" maw={640} mx="auto" />
              )
            ) : (
              <CasesTable
                items={items}
                busy={cases.isFetching}
                now={now}
                sort={SORT_KEYS.find((k) => k === filters.sort) ?? 'createdAt'}
                order={filters.order === 'asc' ? 'asc' : 'desc'}
                onSort={onSort}
                selected={selected}
                onToggle={toggle}
                onToggleAll={toggleAll}
                focus={Math.min(focus, items.length - 1)}
              />
            )}
            {cases.data && cases.data.total > 0 && (
              <TableFooter summary={t('supportInbox.table.total', { formatted: fmt.number(cases.data.total) })} pages={pages} page={page} onPage={(p) => go(filters, p)} />
            )}
          </Stack>
        </Card>
      </Grid.Col>
      {canWork && <NewCaseModal opened={creating} onClose={() => setCreating(false)} />}
      <ShortcutsModal opened={help} onClose={() => setHelp(false)} />
    </Grid>
  );
}
