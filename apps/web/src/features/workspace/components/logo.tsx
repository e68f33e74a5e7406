import { Group, Text, ThemeIcon } from '@mantine/core';
import { IconFootsteps } from '@tabler/icons-react';

export function Logo({ size = 'md' }: { size?: 'md' | 'lg' }) {
  return (
    <Group gap={8} wrap="nowrap">
      <ThemeIcon size={size === 'lg' ? 36 : 30} radius="md" variant="filled" aria-hidden>
        <IconFootsteps size={size === 'lg' ? 22 : 18} />
      </ThemeIcon>
      <Text fw={700} fz={size === 'lg' ? 24 : 19} lh={1} style={{ letterSpacing: '-0.02em' }}>
        Footprint
      </Text>
    </Group>
  );
}
