import { DELIVERY_STATUSES, RECIPIENT_FILTERS, type Recipient, type RecipientFilter, type RecipientQuery } from '@footprint/core';
import { Anchor, Badge, Button, Card, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError, TableSkeleton } from '../../../../components/query-state';
import { SearchInput } from '../../../../components/search-input';
import { SortHeader, useFormat } from '../../../workspace';
import { useRecipients } from '../hooks';
import { RecipientDrawer } from './recipient-drawer';
import { DeliveryCell } from './status-badges';
import { TableFooter } from '../../../../components/table-footer';

const PAGE_SIZE = 25;
type Sort = RecipientQuery['sort'];
const isFilter = (v: string | null): v is RecipientFilter => RECIPIENT_FILTERS.some((f) => f === v);

/** Every recipient with their delivery, reminder, and whether they opened and answered: searched, filtered, sorted, paged. */
export function RecipientsTable({ campaignId, progress }: { campaignId: string; progress: string }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  // The campaign's totals are polled while it sends; when they move, the rows follow, so a live
  // update lost on the way (a reconnect, a busy server) never leaves a row behind its total.
  useEffect(() => {
    void qc.invalidateQueries({ queryKey: ['feedback', 'email', 'recipients', campaignId] });
  }, [qc, campaignId, progress]);
  const fmt = useFormat();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const [status, setStatus] = useState<RecipientFilter | null>(null);
  const [sort, setSort] = useState<Sort>('name');
  const [order, setOrder] = useState<'asc' | 'desc'>('asc');
  const [page, setPage] = useState(1);
  const [open, setOpen] = useState<string | null>(null);
  const list = useRecipients(campaignId, { q: q || undefined, status: status ?? undefined, sort, order, page, pageSize: PAGE_SIZE });
  const pages = list.data ? Math.max(1, Math.ceil(list.data.total / PAGE_SIZE)) : 1;
  const onSort = (column: Sort) => {
    if (column === sort) setOrder(order === 'asc' ? 'desc' : 'asc');
    else {
      setSort(column);
      setOrder(column === 'sentAt' || column === 'answeredAt' ? 'desc' : 'asc');
    }
    setPage(1);
  };
  const label = (f: RecipientFilter) => ((DELIVERY_STATUSES as readonly string[]).includes(f) ? t(`email.delivery.${f as Recipient['status']}`) : t(`email.recipients.filters.${f as 'opened'}`));
  const at = (iso: string | null) => (iso ? fmt.dateTime(iso) : t('common.none'));
  const header = (column: Sort, text: string) => <SortHeader column={column} label={text} sort={sort} order={order} onSort={onSort} />;
  return (
    <Card withBorder padding="lg">
      <Stack gap="md">
        <Title order={3} fz="h5">
          {t('email.recipients.title')}
        </Title>
        <Group gap="sm" align="flex-end" wrap="wrap">
          <SearchInput
            label={t('email.recipients.search')}
            placeholder={t('email.recipients.searchPlaceholder')}
            value={search}
            onChange={(v) => {
              setSearch(v);
              setPage(1);
            }}
          />
          <Select
            label={t('email.recipients.status')}
            placeholder={t('email.recipients.all')}
            clearable
            value={status}
            onChange={(v) => {
              setStatus(isFilter(v) ? v : null);
              setPage(1);
            }}
            data={RECIPIENT_FILTERS.map((f) => ({ value: f, label: label(f) }))}
            w={{ base: '100%', xs: 240 }}
          />
        </Group>
        {list.isError ? (
          <QueryError error={list.error} onRetry={() => void list.refetch()} />
        ) : list.isPending ? (
          <TableSkeleton cols={8} rows={5} />
        ) : list.data.items.length === 0 ? (
          <Text size="sm" c="dimmed" ta="center" py="lg">
            {q || status ? t('email.recipients.noMatch') : t('email.recipients.none')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={1080}>
            <Table aria-busy={list.isFetching} verticalSpacing="sm" style={{ opacity: list.isPlaceholderData ? 0.6 : 1 }}>
              <Table.Thead>
                <Table.Tr>
                  {header('name', t('email.recipients.colName'))}
                  {header('email', t('email.recipients.colEmail'))}
                  <Table.Th>{t('email.recipients.colLanguage')}</Table.Th>
                  {header('status', t('email.recipients.colStatus'))}
                  {header('sentAt', t('email.recipients.colSentAt'))}
                  <Table.Th>{t('email.recipients.colReminder')}</Table.Th>
                  <Table.Th>{t('email.recipients.colOpened')}</Table.Th>
                  {header('answeredAt', t('email.recipients.colAnswered'))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.items.map((r) => (
                  <Table.Tr key={r.id} data-email={r.email}>
                    <Table.Td>
                      <Anchor component="button" type="button" size="sm" fw={500} onClick={() => setOpen(r.id)} style={{ overflowWrap: 'anywhere', textAlign: 'left' }}>
                        {r.name ?? r.email}
                      </Anchor>
                      {r.userId && (
                        <Text size="xs" c="dimmed">
                          {r.userId}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td style={{ overflowWrap: 'anywhere' }}>{r.email}</Table.Td>
                    <Table.Td>{t(`email.languages.${r.language}`)}</Table.Td>
                    <Table.Td>
                      <DeliveryCell r={r} />
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{at(r.sentAt)}</Table.Td>
                    <Table.Td>
                      {r.reminder ? (
                        <Badge variant="light" color={r.reminder.status === 'sent' ? 'blue' : r.reminder.status === 'failed' ? 'red' : 'gray'} title={r.reminder.error ?? undefined}>
                          {t(`email.reminderDelivery.${r.reminder.status}`)}
                        </Badge>
                      ) : (
                        t('common.none')
                      )}
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{at(r.openedAt)}</Table.Td>
                    <Table.Td>
                      {r.answeredAt ? (
                        <Button size="compact-xs" variant="light" color="teal" onClick={() => setOpen(r.id)} aria-label={`${t('email.recipients.view')}: ${r.name ?? r.email}`}>
                          {fmt.dateTime(r.answeredAt)}
                        </Button>
                      ) : (
                        t('common.none')
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {list.data && list.data.total > 0 && (
          <TableFooter summary={t('email.recipients.total', { formatted: fmt.number(list.data.total) })} pages={pages} page={page} onPage={setPage} />
        )}
      </Stack>
      <RecipientDrawer campaignId={campaignId} recipientId={open} onClose={() => setOpen(null)} />
    </Card>
  );
}
