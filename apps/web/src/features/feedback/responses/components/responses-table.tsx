import { RESPONSE_SORTS, type ResponseSummary } from '@footprint/core';
import { Anchor, Badge, Group, Stack, Table, Text, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconArrowsSort } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { customerProfilePath } from '../paths';
import { useDayTime } from '../use-day-time';
import { ChannelLabel } from './channel-label';
import { ScoreBadge } from './score-badge';

type Sort = (typeof RESPONSE_SORTS)[number];

interface Props {
  items: ResponseSummary[];
  sort: Sort;
  order: 'asc' | 'desc';
  onSort: (sort: Sort, order: 'asc' | 'desc') => void;
  onOpen: (id: string) => void;
  busy: boolean;
  dimmed: boolean;
}

/** A header that sorts its column: first click newest/highest first, the next flips it. */
function SortHeader({ label, column, sort, order, onSort }: { label: string; column: Sort } & Pick<Props, 'sort' | 'order' | 'onSort'>) {
  const { t } = useTranslation();
  const active = sort === column;
  const SortIcon = !active ? IconArrowsSort : order === 'asc' ? IconArrowUp : IconArrowDown;
  return (
    <Table.Th aria-sort={active ? (order === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <UnstyledButton
        onClick={() => onSort(column, active && order === 'desc' ? 'asc' : column === 'survey' && !active ? 'asc' : 'desc')}
        aria-label={t('responses.table.sortBy', { column: label })}
        fw={700}
        fz="sm"
      >
        <Group gap={4} wrap="nowrap">
          {label}
          <SortIcon size={14} aria-hidden color={active ? undefined : 'var(--mantine-color-dimmed)'} />
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}

/** One page of responses. A row opens the response; its time is the keyboard path to it. */
export function ResponsesTable({ items, sort, order, onSort, onOpen, busy, dimmed }: Props) {
  const { t } = useTranslation();
  const dayTime = useDayTime();
  const sortProps = { sort, order, onSort };
  return (
    <Table.ScrollContainer minWidth={1080}>
      <Table verticalSpacing="sm" highlightOnHover aria-busy={busy} style={{ opacity: dimmed ? 0.6 : 1 }}>
        <Table.Thead>
          <Table.Tr>
            <SortHeader label={t('responses.table.colTime')} column="answeredAt" {...sortProps} />
            <SortHeader label={t('responses.table.colScore')} column="score" {...sortProps} />
            <Table.Th>{t('responses.table.colComment')}</Table.Th>
            <Table.Th>{t('responses.table.colCustomer')}</Table.Th>
            <SortHeader label={t('responses.table.colSurvey')} column="survey" {...sortProps} />
            <Table.Th>{t('responses.table.colTouchpoint')}</Table.Th>
            <Table.Th>{t('responses.table.colChannel')}</Table.Th>
            <Table.Th>{t('responses.table.colStore')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((r) => (
            <Table.Tr key={r.id} onClick={() => onOpen(r.id)} style={{ cursor: 'pointer' }} data-response-id={r.id}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Stack gap={2}>
                  <Anchor
                    component="button"
                    type="button"
                    size="sm"
                    onClick={(e) => {
                      e.stopPropagation();
                      onOpen(r.id);
                    }}
                    aria-label={t('responses.table.open', { time: dayTime(r.answeredAt) })}
                  >
                    {dayTime(r.answeredAt)}
                  </Anchor>
                  {r.status === 'partial' && (
                    <Badge size="xs" variant="outline" color="gray" w="fit-content">
                      {t('responses.table.partial')}
                    </Badge>
                  )}
                </Stack>
              </Table.Td>
              <Table.Td>
                <ScoreBadge score={r.score} />
              </Table.Td>
              <Table.Td miw={240} maw={360}>
                {r.snippet ? (
                  <Text size="sm" lineClamp={2} style={{ overflowWrap: 'anywhere', unicodeBidi: 'plaintext' }}>
                    {r.snippet}
                  </Text>
                ) : (
                  <Text size="sm" c="dimmed">
                    {t('responses.table.noComment')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                {r.customer ? (
                  <Anchor component={Link} to={customerProfilePath(r.customer.userId)} size="sm" onClick={(e) => e.stopPropagation()} style={{ overflowWrap: 'anywhere' }}>
                    {r.customer.name ?? r.customer.userId}
                  </Anchor>
                ) : (
                  <Text size="sm" c="dimmed">
                    {t('responses.table.anonymous')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>{r.survey.name}</Table.Td>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>{r.touchpoint?.name ?? t('common.none')}</Table.Td>
              <Table.Td>
                <ChannelLabel channel={r.channel} />
              </Table.Td>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>{r.store?.name ?? t('common.none')}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
