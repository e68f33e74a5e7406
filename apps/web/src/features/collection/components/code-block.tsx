import { Box, Button, Code, CopyButton, Group, Text } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** A few lines of code to paste somewhere, with a copy button named after them. */
export function CodeBlock({ label, code }: { label: string; code: string }) {
  const { t } = useTranslation();
  return (
    <Box>
      <Group justify="space-between" mb={4} gap="xs">
        <Text size="sm" fw={500}>
          {label}
        </Text>
        <CopyButton value={code} timeout={2000}>
          {({ copied, copy }) => (
            <Button
              size="compact-xs"
              variant={copied ? 'filled' : 'light'}
              onClick={copy}
              leftSection={copied ? <IconCheck size={14} aria-hidden /> : <IconCopy size={14} aria-hidden />}
              aria-label={`${t('common.copy')}: ${label}`}
            >
              {copied ? t('common.copied') : t('common.copy')}
            </Button>
          )}
        </CopyButton>
      </Group>
      <Code block style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
        {code}
      </Code>
    </Box>
  );
}
