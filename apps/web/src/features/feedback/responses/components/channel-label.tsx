import type { ResponseChannel } from '@footprint/core';
import { Group, Text } from '@mantine/core';
import { IconBrowser, IconDeviceTablet, IconLink, IconMail, IconQrcode, type Icon } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

const ICONS: Record<ResponseChannel, Icon> = { link: IconLink, widget: IconBrowser, kiosk: IconDeviceTablet, email: IconMail, qr: IconQrcode };

/** The channel a response came through, by name with its icon. */
export function ChannelLabel({ channel }: { channel: ResponseChannel }) {
  const { t } = useTranslation();
  const ChannelIcon = ICONS[channel];
  return (
    <Group gap={4} wrap="nowrap">
      <ChannelIcon size={14} aria-hidden color="var(--mantine-color-dimmed)" />
      <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
        {t(`responses.channels.${channel}`)}
      </Text>
    </Group>
  );
}
