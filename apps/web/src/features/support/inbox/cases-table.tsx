import type { CaseSummary } from '@footprint/core';
import { Anchor, Badge, Checkbox, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { departmentName, SortHeader, useFormat } from '../../workspace';
import { PriorityBadge, StatusBadge } from '../cases/components/case-badges';
import { SlaCountdown } from '../cases/components/sla-countdown';
import { casePagePath } from '../paths';
import type { SortKey } from './filters';

interface Props {
  items: CaseSummary[];
  busy: boolean;
  now: number;
  sort: SortKey;
  order: 'asc' | 'desc';
  onSort: (k: SortKey) => void;
  selected: Set<string>;
  onToggle: (id: string) => void;
  onToggleAll: () => void;
  focus: number;
}

/** One page of cases: selectable rows, the focused one marked for the keyboard (j/k, x, Enter). */
export function CasesTable({ items, busy, now, sort, order, onSort, selected, onToggle, onToggleAll, focus }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const all = items.length > 0 && items.every((c) => selected.has(c.id));
  const some = items.some((c) => selected.has(c.id));
  return (
    <Table.ScrollContainer minWidth={1100}>
      <Table aria-busy={busy} verticalSpacing="xs" highlightOnHover aria-label={t('supportInbox.table.label')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={36}>
              <Checkbox aria-label={t('supportInbox.table.selectAll')} checked={all} indeterminate={some && !all} onChange={onToggleAll} />
            </Table.Th>
            <SortHeader column="number" label={t('supportInbox.table.number')} sort={sort} order={order} onSort={onSort} />
            <Table.Th>{t('supportInbox.table.subject')}</Table.Th>
            <Table.Th>{t('supportInbox.table.department')}</Table.Th>
            <Table.Th>{t('supportInbox.table.assignee')}</Table.Th>
            <SortHeader column="priority" label={t('supportInbox.table.priority')} sort={sort} order={order} onSort={onSort} />
            <Table.Th>{t('supportInbox.table.status')}</Table.Th>
            <SortHeader column="dueAt" label={t('supportInbox.table.sla')} sort={sort} order={order} onSort={onSort} />
            <SortHeader column="updatedAt" label={t('supportInbox.table.updated')} sort={sort} order={order} onSort={onSort} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((c, i) => {
            const focused = i === focus;
            const responded = c.firstResponseAt !== null;
            return (
              <Table.Tr
                key={c.id}
                data-case-row={c.number}
                data-focused={focused || undefined}
                aria-selected={selected.has(c.id)}
                bg={focused ? 'var(--mantine-color-blue-light)' : undefined}
                style={focused ? { boxShadow: 'inset 3px 0 0 var(--mantine-color-blue-filled)' } : undefined}
              >
                <Table.Td>
                  <Checkbox aria-label={t('supportInbox.table.select', { number: c.number })} checked={selected.has(c.id)} onChange={() => onToggle(c.id)} />
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Text size="sm" c="dimmed">
                    #{c.number}
                  </Text>
                </Table.Td>
                <Table.Td maw={340}>
                  <Stack gap={2}>
                    <Anchor component={Link} to={casePagePath(c.id)} fw={500} size="sm" style={{ overflowWrap: 'anywhere' }}>
                      {c.subject}
                    </Anchor>
                    <Group gap={4} wrap="wrap">
                      <Text size="xs" c="dimmed">
                        {c.customer?.name ?? t('supportInbox.table.noCustomer')}
                      </Text>
                      {c.waitingOn.map((d) => (
                        <Badge key={d.id} size="xs" color="grape" variant="dot" tt="none" title={t('supportInbox.table.waitingDue', { at: fmt.dateTime(d.dueAt) })}>
                          {t('supportInbox.table.waitingOn', { name: departmentName(d, fmt.locale) })}
                        </Badge>
                      ))}
                      {c.tags.map((tag) => (
                        <Badge key={tag} size="xs" variant="outline" color="gray" tt="none">
                          {tag}
                        </Badge>
                      ))}
                    </Group>
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c={c.department ? undefined : 'dimmed'}>
                    {c.department ? departmentName(c.department, fmt.locale) : t('supportInbox.table.noDepartment')}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c={c.assignee ? undefined : 'dimmed'}>
                    {c.assignee?.name ?? t('supportInbox.table.unassigned')}
                  </Text>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <PriorityBadge priority={c.priority} />
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <StatusBadge status={c.status} />
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {/* Before the first reply the clock that matters is the first response; after it, resolution. */}
                  {responded ? (
                    <SlaCountdown dueAt={c.resolutionDueAt} doneAt={c.resolvedAt} now={now} />
                  ) : (
                    <SlaCountdown dueAt={c.firstResponseDueAt} doneAt={null} now={now} label={t('supportInbox.sla.firstShort')} />
                  )}
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Text size="sm">{fmt.dateTime(c.updatedAt)}</Text>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
