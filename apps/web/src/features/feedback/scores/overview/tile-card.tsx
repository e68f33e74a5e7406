import { Anchor, Card, Group, Stack, Title } from '@mantine/core';
import { IconChevronRight } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

/** The frame of an Overview tile: a title, a link to the detailed screen, the content. */
export function TileCard({ title, to, linkLabel, children }: { title: string; to: string; linkLabel: string; children: ReactNode }) {
  return (
    <Card withBorder padding="lg" h="100%" component="section" aria-label={title}>
      <Stack gap="sm">
        <Group justify="space-between" align="baseline" wrap="nowrap" gap="sm">
          <Title order={2} fz="h5">
            {title}
          </Title>
          <Anchor component={Link} to={to} size="sm" style={{ whiteSpace: 'nowrap' }}>
            <Group gap={2} wrap="nowrap">
              {linkLabel}
              <IconChevronRight size={14} aria-hidden />
            </Group>
          </Anchor>
        </Group>
        {children}
      </Stack>
    </Card>
  );
}
