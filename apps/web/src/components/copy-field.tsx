import { ActionIcon, Box, CopyButton, Group, Text, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** A value shown in full (selectable) with a copy button next to it. */
export function CopyField({ label, value, href }: { label: string; value: string; href?: string }) {
  const { t } = useTranslation();
  return (
    <Box>
      <Text size="sm" fw={500} mb={4}>
        {label}
      </Text>
      <Group gap="xs" wrap="nowrap" p="xs" bg="var(--mantine-color-gray-0)" bd="1px solid var(--mantine-color-gray-3)" style={{ borderRadius: 'var(--mantine-radius-md)' }}>
        <Text
          component={href ? 'a' : 'span'}
          href={href}
          ff="monospace"
          size="sm"
          style={{ wordBreak: 'break-all', flex: 1, userSelect: 'all' }}
          c={href ? 'teal.8' : undefined}
        >
          {value}
        </Text>
        <CopyButton value={value} timeout={2000}>
          {({ copied, copy }) => (
            <Tooltip label={copied ? t('common.copied') : t('common.copy')} withArrow>
              <ActionIcon variant={copied ? 'filled' : 'light'} onClick={copy} aria-label={`${t('common.copy')}: ${label}`}>
                {copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />}
              </ActionIcon>
            </Tooltip>
          )}
        </CopyButton>
      </Group>
    </Box>
  );
}
