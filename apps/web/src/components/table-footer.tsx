import { Group, Pagination, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** Under a paged table: how many rows there are in all, and the pages when there is more than one. */
export function TableFooter({ summary, pages, page, onPage }: { summary: ReactNode; pages: number; page: number; onPage: (page: number) => void }) {
  return (
    <Group justify="space-between">
      <Text size="sm" c="dimmed">
        {summary}
      </Text>
      {pages > 1 && <Pagination total={pages} value={page} onChange={onPage} size="sm" />}
    </Group>
  );
}
