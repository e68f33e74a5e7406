import { CAMPAIGN_STATUSES, type CampaignQuery, type CampaignStatus } from '@footprint/core';
import { Alert, Button, Card, EmptyState, Group, Pagination, Select, Stack, Tabs, Text } from '@mantine/core';
import { useDebouncedValue, useDisclosure } from '@mantine/hooks';
import { IconInfoCircle, IconMailPlus, IconPlus, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { QueryError, TableSkeleton } from '../../../../components/query-state';
import { SearchInput } from '../../../../components/search-input';
import { useFormat } from '../../../workspace';
import { CampaignsTable } from '../components/campaigns-table';
import { NewCampaignModal } from '../components/new-campaign-modal';
import { SuppressionsPanel } from '../components/suppressions-panel';
import { useCampaigns, useCanSendEmails } from '../hooks';

const PAGE_SIZE = 20;
const SORTS = [
  { id: 'updatedAtDesc', sort: 'updatedAt', order: 'desc' },
  { id: 'createdAtDesc', sort: 'createdAt', order: 'desc' },
  { id: 'nameAsc', sort: 'name', order: 'asc' },
  { id: 'statusAsc', sort: 'status', order: 'asc' },
] as const satisfies readonly { id: string; sort: CampaignQuery['sort']; order: 'asc' | 'desc' }[];
type SortChoice = (typeof SORTS)[number];
const isStatus = (v: string | null): v is CampaignStatus => CAMPAIGN_STATUSES.some((s) => s === v);

/** Feedback → Email: the campaigns (paged, sorted, filtered on the server) and the unsubscribe list. */
export function EmailPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'suppressions' ? 'suppressions' : 'campaigns';
  return (
    <Card withBorder padding="lg">
      <Stack gap="md">
        <Text size="sm" c="dimmed" maw={760}>
          {t('email.intro')}
        </Text>
        <Tabs value={tab} onChange={(v) => setParams(v === 'suppressions' ? { tab: v } : {}, { replace: true })} keepMounted={false}>
          <Tabs.List>
            <Tabs.Tab value="campaigns">{t('email.tabs.campaigns')}</Tabs.Tab>
            <Tabs.Tab value="suppressions">{t('email.tabs.suppressions')}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="campaigns" pt="md">
            <Campaigns />
          </Tabs.Panel>
          <Tabs.Panel value="suppressions" pt="md">
            <SuppressionsPanel />
          </Tabs.Panel>
        </Tabs>
      </Stack>
    </Card>
  );
}

function Campaigns() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const canSend = useCanSendEmails();
  const [creating, { open, close }] = useDisclosure(false);
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const [status, setStatus] = useState<CampaignStatus | null>(null);
  const [sort, setSort] = useState<SortChoice>(SORTS[0]);
  const [page, setPage] = useState(1);
  const campaigns = useCampaigns({ q: q || undefined, status: status ?? undefined, sort: sort.sort, order: sort.order, page, pageSize: PAGE_SIZE });
  const pages = campaigns.data ? Math.max(1, Math.ceil(campaigns.data.total / PAGE_SIZE)) : 1;
  const filtered = Boolean(q) || status !== null;
  const reset = <T,>(set: (v: T) => void) => (v: T) => {
    set(v);
    setPage(1);
  };
  return (
    <Stack gap="md">
      <Alert variant="light" color="blue" icon={<IconInfoCircle size={18} aria-hidden />} p="xs">
        <Text size="sm">{t('email.segmentsLater')}</Text>
      </Alert>
      <Group justify="space-between" align="flex-end" gap="sm" wrap="wrap">
        <Group gap="sm" align="flex-end" wrap="wrap">
          <SearchInput label={t('email.list.search')} placeholder={t('email.list.searchPlaceholder')} value={search} onChange={reset(setSearch)} />
          <Select
            label={t('email.list.status')}
            placeholder={t('email.list.allStatuses')}
            clearable
            value={status}
            onChange={(v) => reset(setStatus)(isStatus(v) ? v : null)}
            data={CAMPAIGN_STATUSES.map((s) => ({ value: s, label: t(`email.statuses.${s}`) }))}
            w={{ base: '100%', xs: 180 }}
          />
          <Select
            label={t('email.list.sortBy')}
            allowDeselect={false}
            value={sort.id}
            onChange={(v) => reset(setSort)(SORTS.find((s) => s.id === v) ?? SORTS[0])}
            data={SORTS.map((s) => ({ value: s.id, label: t(`email.list.sorts.${s.id}`) }))}
            w={{ base: '100%', xs: 200 }}
          />
        </Group>
        {canSend && (
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={open}>
            {t('email.list.newCampaign')}
          </Button>
        )}
      </Group>
      {campaigns.isError ? (
        <QueryError error={campaigns.error} onRetry={() => void campaigns.refetch()} />
      ) : campaigns.isPending ? (
        <TableSkeleton cols={6} rows={5} />
      ) : campaigns.data.items.length === 0 ? (
        filtered ? (
          <EmptyState icon={<IconSearch size={28} aria-hidden />} title={t('email.list.noMatch')} py="xl" />
        ) : (
          <EmptyState icon={<IconMailPlus size={28} aria-hidden />} variant="light" title={t('email.list.emptyTitle')} description={t('email.list.emptyBody')} py="xl" maw={640} mx="auto">
            {canSend && <Button onClick={open}>{t('email.list.createFirst')}</Button>}
          </EmptyState>
        )
      ) : (
        <CampaignsTable items={campaigns.data.items} busy={campaigns.isFetching} />
      )}
      {campaigns.data && campaigns.data.total > 0 && (
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            {t('email.list.total', { formatted: fmt.number(campaigns.data.total) })}
          </Text>
          {pages > 1 && <Pagination total={pages} value={page} onChange={setPage} size="sm" />}
        </Group>
      )}
      {canSend && <NewCampaignModal opened={creating} onClose={close} />}
    </Stack>
  );
}
