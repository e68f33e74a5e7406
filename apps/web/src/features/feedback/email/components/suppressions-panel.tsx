import { SUPPRESSION_REASONS, ZEmail, type Suppression } from '@footprint/core';
import { Anchor, Badge, Button, Group, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryError, TableSkeleton } from '../../../../components/query-state';
import { SearchInput } from '../../../../components/search-input';
import { useErrorMessage } from '../../../../lib/errors';
import { useFormat } from '../../../workspace';
import { useAddSuppression, useCanSendEmails, useSuppressions } from '../hooks';
import { campaignPath } from '../paths';
import { TableFooter } from '../../../../components/table-footer';

const PAGE_SIZE = 25;
const COLORS: Record<Suppression['reason'], string> = { unsubscribed: 'gray', bounced: 'orange', manual: 'blue' };
const isReason = (v: string | null): v is Suppression['reason'] => SUPPRESSION_REASONS.some((r) => r === v);

/** The workspace's unsubscribe list: searched, filtered by reason, paged; an address can be added by hand. */
export function SuppressionsPanel() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const message = useErrorMessage();
  const canSend = useCanSendEmails();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const [reason, setReason] = useState<Suppression['reason'] | null>(null);
  const [page, setPage] = useState(1);
  const [email, setEmail] = useState('');
  const [emailError, setEmailError] = useState<string | null>(null);
  const add = useAddSuppression();
  const list = useSuppressions({ ...(q ? { q } : {}), ...(reason ? { reason } : {}), page, pageSize: PAGE_SIZE });
  const pages = list.data ? Math.max(1, Math.ceil(list.data.total / PAGE_SIZE)) : 1;
  const submit = () => {
    const parsed = ZEmail.safeParse(email);
    if (!parsed.success) return setEmailError(t('validation.email'));
    setEmailError(null);
    add.mutate(parsed.data, {
      onSuccess: () => {
        notifications.show({ message: t('email.suppressions.added', { email: parsed.data }) });
        setEmail('');
      },
      onError: (e) => setEmailError(message(e)),
    });
  };
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed" maw={760}>
        {t('email.suppressions.intro')}
      </Text>
      <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
        <Group gap="sm" align="flex-end" wrap="wrap">
          <SearchInput
            label={t('email.suppressions.search')}
            placeholder="@"
            value={search}
            onChange={(v) => {
              setSearch(v);
              setPage(1);
            }}
          />
          <Select
            label={t('email.suppressions.reason')}
            placeholder={t('email.suppressions.allReasons')}
            clearable
            value={reason}
            onChange={(v) => {
              setReason(isReason(v) ? v : null);
              setPage(1);
            }}
            data={SUPPRESSION_REASONS.map((r) => ({ value: r, label: t(`email.suppressions.reasons.${r}`) }))}
            w={{ base: '100%', xs: 180 }}
          />
        </Group>
        {canSend && (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              submit();
            }}
          >
            <Group gap="xs" align="flex-start">
              <TextInput label={t('email.suppressions.addLabel')} type="email" value={email} onChange={(e) => setEmail(e.currentTarget.value)} error={emailError} w={260} />
              <Button type="submit" mt={25} variant="default" leftSection={<IconPlus size={16} aria-hidden />} loading={add.isPending}>
                {t('email.suppressions.add')}
              </Button>
            </Group>
          </form>
        )}
      </Group>
      {list.isError ? (
        <QueryError error={list.error} onRetry={() => void list.refetch()} />
      ) : list.isPending ? (
        <TableSkeleton cols={4} rows={4} />
      ) : list.data.items.length === 0 ? (
        <Text size="sm" c="dimmed" py="lg" ta="center">
          {t('email.suppressions.empty')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table aria-busy={list.isFetching}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('email.suppressions.colEmail')}</Table.Th>
                <Table.Th>{t('email.suppressions.colReason')}</Table.Th>
                <Table.Th>{t('email.suppressions.colCampaign')}</Table.Th>
                <Table.Th>{t('email.suppressions.colAt')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.items.map((s) => (
                <Table.Tr key={s.email}>
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>{s.email}</Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={COLORS[s.reason]}>
                      {t(`email.suppressions.reasons.${s.reason}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    {s.campaign ? (
                      <Anchor component={Link} to={campaignPath(s.campaign.id)} size="sm">
                        {s.campaign.name}
                      </Anchor>
                    ) : (
                      t('common.none')
                    )}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{fmt.dateTime(s.createdAt)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {list.data && list.data.total > 0 && (
        <TableFooter summary={t('email.suppressions.total', { formatted: fmt.number(list.data.total) })} pages={pages} page={page} onPage={setPage} />
      )}
    </Stack>
  );
}
