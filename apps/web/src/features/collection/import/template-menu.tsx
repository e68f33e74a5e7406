import { IMPORT_KINDS } from '@footprint/core';
import { Button, Menu, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { templateUrl } from './api';

/** A CSV template per kind of file, downloaded from the server (Vietnamese headers, UTF-8 with BOM). */
export function TemplateMenu() {
  const { t } = useTranslation();
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="default" leftSection={<IconDownload size={16} aria-hidden />}>
          {t('imports.templates')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown maw={320}>
        <Text size="xs" c="dimmed" px="sm" py={4}>
          {t('imports.templateHint')}
        </Text>
        {IMPORT_KINDS.map((kind) => (
          <Menu.Item key={kind} component="a" href={templateUrl(kind)} download>
            {t(`imports.kinds.${kind}`)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
