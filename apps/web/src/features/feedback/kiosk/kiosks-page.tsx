import { canManageKiosks, type KioskDevice, type KioskPairing, type KioskQuery } from '@footprint/core';
import { Button, Card, EmptyState, Group, Select, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconDeviceTablet, IconPlus, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConfirmModal } from '../../../components/confirm-modal';
import { QueryError, TableSkeleton } from '../../../components/query-state';
import { SearchInput } from '../../../components/search-input';
import { useErrorMessage } from '../../../lib/errors';
import { useFormat, useSession, useStoreOptions } from '../../workspace';
import { useDeleteKiosk, useKiosks, useNewPairing, useUnpairKiosk } from './api';
import { KioskModal } from './components/kiosk-modal';
import { useNow } from './components/kiosk-status';
import { KiosksTable } from './components/kiosks-table';
import { PairingModal } from './components/pairing-card';
import { TableFooter } from '../../../components/table-footer';

const PAGE_SIZE = 20;
const SORTS = [
  { id: 'nameAsc', sort: 'name', order: 'asc' },
  { id: 'storeAsc', sort: 'store', order: 'asc' },
  { id: 'lastSeenAtDesc', sort: 'lastSeenAt', order: 'desc' },
  { id: 'lastSeenAtAsc', sort: 'lastSeenAt', order: 'asc' },
] as const satisfies readonly { id: string; sort: KioskQuery['sort']; order: 'asc' | 'desc' }[];
const STATUSES = ['online', 'offline', 'unpaired'] as const;
type Status = (typeof STATUSES)[number];

/** Phản hồi → Máy kiosk: the store tablets, whether each is heard from, and what waits on it. */
export function KiosksPage() {
  const { t } = useTranslation();
  const { actor } = useSession();
  const canManage = canManageKiosks(actor);
  const fmt = useFormat();
  const errorMessage = useErrorMessage();
  const now = useNow(5000);
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const [storeId, setStoreId] = useState<string | null>(null);
  const [status, setStatus] = useState<Status | null>(null);
  const [sort, setSort] = useState<(typeof SORTS)[number]>(SORTS[0]);
  const [page, setPage] = useState(1);
  const stores = useStoreOptions();
  const kiosks = useKiosks({ q: q || undefined, storeId: storeId ?? undefined, status: status ?? undefined, sort: sort.sort, order: sort.order, page, pageSize: PAGE_SIZE });
  // undefined: closed; null: registering; a tablet: editing it.
  const [editing, setEditing] = useState<KioskDevice | null | undefined>(undefined);
  const [pairing, setPairing] = useState<{ name: string; pairing: KioskPairing; renewed: boolean } | null>(null);
  const [unpairing, setUnpairing] = useState<KioskDevice | null>(null);
  const [deleting, setDeleting] = useState<KioskDevice | null>(null);
  const newCode = useNewPairing();
  const unpair = useUnpairKiosk();
  const remove = useDeleteKiosk();
  const failed = (e: unknown) => notifications.show({ color: 'red', message: errorMessage(e) });
  const pages = kiosks.data ? Math.max(1, Math.ceil(kiosks.data.total / PAGE_SIZE)) : 1;
  const filtered = Boolean(q) || storeId !== null || status !== null;
  const noStores = stores.data?.length === 0;
  const reset = <T,>(set: (v: T) => void) => (v: T) => {
    set(v);
    setPage(1);
  };

  return (
    <Card withBorder padding="lg">
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" gap="sm">
          <Text size="sm" c="dimmed" maw={640}>
            {t('kiosk.intro')}
          </Text>
          {canManage && (
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing(null)} disabled={noStores}>
              {t('kiosk.register')}
            </Button>
          )}
        </Group>
        {canManage && noStores && (
          <Group gap="sm">
            <Text size="sm">{t('kiosk.needStore')}</Text>
            <Button component={Link} to="/settings/stores" variant="light" size="xs">
              {t('kiosk.addStore')}
            </Button>
          </Group>
        )}
        <Group gap="sm" align="flex-end" wrap="wrap">
          <SearchInput label={t('kiosk.search')} placeholder={t('kiosk.searchPlaceholder')} value={search} onChange={reset(setSearch)} />
          <Select label={t('kiosk.store')} placeholder={t('kiosk.allStores')} clearable searchable value={storeId} onChange={reset(setStoreId)} data={stores.data ?? []} w={{ base: '100%', xs: 220 }} />
          <Select
            label={t('kiosk.status')}
            placeholder={t('kiosk.allStatuses')}
            clearable
            value={status}
            onChange={(v) => reset(setStatus)(STATUSES.find((s) => s === v) ?? null)}
            data={STATUSES.map((s) => ({ value: s, label: t(`kiosk.statuses.${s}`) }))}
            w={{ base: '100%', xs: 180 }}
          />
          <Select
            label={t('kiosk.sortBy')}
            allowDeselect={false}
            value={sort.id}
            onChange={(v) => reset(setSort)(SORTS.find((s) => s.id === v) ?? SORTS[0])}
            data={SORTS.map((s) => ({ value: s.id, label: t(`kiosk.sorts.${s.id}`) }))}
            w={{ base: '100%', xs: 200 }}
          />
        </Group>

        {kiosks.isError ? (
          <QueryError error={kiosks.error} onRetry={() => void kiosks.refetch()} />
        ) : kiosks.isPending ? (
          <TableSkeleton cols={7} rows={4} />
        ) : kiosks.data.items.length === 0 ? (
          filtered ? (
            <EmptyState icon={<IconSearch size={28} aria-hidden />} title={t('kiosk.noMatch')} py="xl" />
          ) : (
            <EmptyState icon={<IconDeviceTablet size={28} aria-hidden />} variant="light" title={t('kiosk.emptyTitle')} description={t('kiosk.emptyBody')} py="xl" maw={640} mx="auto">
              {canManage && !noStores && <Button onClick={() => setEditing(null)}>{t('kiosk.register')}</Button>}
            </EmptyState>
          )
        ) : (
          <KiosksTable
            items={kiosks.data.items}
            busy={kiosks.isFetching}
            now={now}
            offlineAfterSeconds={kiosks.data.offlineAfterSeconds}
            canManage={canManage}
            onEdit={setEditing}
            onNewCode={(d) => newCode.mutate(d.id, { onSuccess: (p) => setPairing({ name: d.name, pairing: p, renewed: true }), onError: failed })}
            onUnpair={setUnpairing}
            onDelete={setDeleting}
          />
        )}
        {kiosks.data && kiosks.data.total > 0 && (
          <TableFooter summary={t('kiosk.total', { formatted: fmt.number(kiosks.data.total) })} pages={pages} page={page} onPage={setPage} />
        )}
      </Stack>
      {canManage && (
        <KioskModal opened={editing !== undefined} kiosk={editing ?? null} onClose={() => setEditing(undefined)} onRegistered={(name, p) => setPairing({ name, pairing: p, renewed: false })} />
      )}
      <PairingModal pairing={pairing?.pairing ?? null} name={pairing?.name ?? ''} renewed={pairing?.renewed ?? false} onClose={() => setPairing(null)} />
      <ConfirmModal
        opened={unpairing !== null}
        title={t('kiosk.unpairTitle')}
        confirmLabel={t('kiosk.unpair')}
        loading={unpair.isPending}
        onClose={() => setUnpairing(null)}
        onConfirm={() => {
          if (!unpairing) return;
          const name = unpairing.name;
          unpair.mutate(unpairing.id, { onSuccess: () => { setUnpairing(null); notifications.show({ message: t('kiosk.unpaired', { name }) }); }, onError: failed });
        }}
      >
        {unpairing && t('kiosk.unpairBody', { name: unpairing.name, queued: unpairing.queued > 0 ? t('kiosk.unpairQueued', { count: unpairing.queued }) : '' })}
      </ConfirmModal>
      <ConfirmModal
        opened={deleting !== null}
        title={t('kiosk.deleteTitle')}
        loading={remove.isPending}
        onClose={() => setDeleting(null)}
        onConfirm={() => {
          if (!deleting) return;
          const name = deleting.name;
          remove.mutate(deleting.id, { onSuccess: () => { setDeleting(null); notifications.show({ message: t('kiosk.deleted', { name }) }); }, onError: failed });
        }}
      >
        {deleting && t('kiosk.deleteBody', { name: deleting.name })}
      </ConfirmModal>
    </Card>
  );
}
