import { Group, Table, UnstyledButton } from '@mantine/core';
import { IconArrowsSort, IconChevronDown, IconChevronUp } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

interface Props<K extends string> {
  column: K;
  label: string;
  sort: K;
  order: 'asc' | 'desc';
  onSort: (column: K) => void;
}

/** A column header that sorts on the server; announces the current order to screen readers. */
export function SortHeader<K extends string>({ column, label, sort, order, onSort }: Props<K>) {
  const { t } = useTranslation();
  const active = sort === column;
  const Icon = !active ? IconArrowsSort : order === 'asc' ? IconChevronUp : IconChevronDown;
  return (
    <Table.Th aria-sort={active ? (order === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <UnstyledButton onClick={() => onSort(column)} title={t('settings.members.sortBy', { column: label })} fw={600} fz="sm">
        <Group gap={4} wrap="nowrap">
          {label}
          <Icon size={14} aria-hidden style={{ opacity: active ? 1 : 0.4 }} />
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}
