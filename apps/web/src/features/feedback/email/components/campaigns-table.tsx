import type { CampaignSummary } from '@footprint/core';
import { Anchor, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../../workspace';
import { percent } from '../format';
import { campaignPath } from '../paths';
import { CampaignStatusBadge } from './status-badges';


/** One page of campaigns: who they went to, how far they got. */
export function CampaignsTable({ items, busy }: { items: CampaignSummary[]; busy: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const when = (c: CampaignSummary) =>
    c.status === 'scheduled' && c.scheduledAt
      ? t('email.list.scheduledFor', { at: fmt.dateTime(c.scheduledAt) })
      : c.startedAt
        ? t('email.list.sentAt', { at: fmt.dateTime(c.startedAt) })
        : t('email.list.updatedAt', { at: fmt.dateTime(c.updatedAt) });
  return (
    <Table.ScrollContainer minWidth={880}>
      <Table aria-busy={busy} verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('email.list.colName')}</Table.Th>
            <Table.Th>{t('email.list.colStatus')}</Table.Th>
            <Table.Th ta="right">{t('email.list.colRecipients')}</Table.Th>
            <Table.Th ta="right">{t('email.list.colSent')}</Table.Th>
            <Table.Th ta="right">{t('email.list.colAnswered')}</Table.Th>
            <Table.Th>{t('email.list.colWhen')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((c) => (
            <Table.Tr key={c.id}>
              <Table.Td>
                <Stack gap={2}>
                  <Anchor component={Link} to={campaignPath(c.id)} fw={500} size="sm" style={{ overflowWrap: 'anywhere' }}>
                    {c.name}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {t('email.campaign.survey', { name: c.survey.name })}
                    {c.touchpoint ? ` · ${c.touchpoint.name}` : ''}
                  </Text>
                </Stack>
              </Table.Td>
              <Table.Td>
                <CampaignStatusBadge status={c.status} />
              </Table.Td>
              <Table.Td ta="right">{fmt.number(c.totals.recipients)}</Table.Td>
              <Table.Td ta="right">{fmt.number(c.totals.sent)}</Table.Td>
              <Table.Td ta="right">{t('email.list.rate', { count: fmt.number(c.totals.answered), rate: percent(c.totals.answered, c.totals.sent, fmt.locale) })}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Text size="sm">{when(c)}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
