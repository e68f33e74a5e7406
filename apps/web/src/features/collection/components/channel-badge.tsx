import { OFFLINE_CHANNELS, type Channel } from '@footprint/core';
import { Badge } from '@mantine/core';
import { IconBrandFacebook, IconBuildingStore, IconDeviceMobile, IconHeadset, IconMail, IconMessageCircle, IconMessages, IconPointFilled, IconReceipt, IconTruckDelivery, IconWorld, type Icon } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

const LOOK: Record<Channel, { icon: Icon; color: string }> = {
  web: { icon: IconWorld, color: 'blue' },
  app: { icon: IconDeviceMobile, color: 'indigo' },
  email: { icon: IconMail, color: 'cyan' },
  social: { icon: IconMessages, color: 'grape' },
  facebook: { icon: IconBrandFacebook, color: 'blue' },
  zalo: { icon: IconMessages, color: 'blue' },
  chat: { icon: IconMessageCircle, color: 'violet' },
  store: { icon: IconBuildingStore, color: 'teal' },
  hotline: { icon: IconHeadset, color: 'orange' },
  delivery: { icon: IconTruckDelivery, color: 'yellow' },
  pos: { icon: IconReceipt, color: 'green' },
  other: { icon: IconPointFilled, color: 'gray' },
};

export const isChannel = (v: string | null): v is Channel => v !== null && v in LOOK;

/** A channel by its name, with an icon; online and offline channels are told apart in the tooltip text. */
export function ChannelBadge({ channel }: { channel: string | null }) {
  const { t } = useTranslation();
  if (!isChannel(channel)) {
    return (
      <Badge variant="light" color="gray" radius="sm">
        {channel ?? t('common.none')}
      </Badge>
    );
  }
  const { icon: ChannelIcon, color } = LOOK[channel];
  const where = OFFLINE_CHANNELS.includes(channel) ? t('collection.touchpoints.offline') : t('collection.touchpoints.online');
  return (
    <Badge variant="light" color={color} radius="sm" leftSection={<ChannelIcon size={12} aria-hidden />} title={where}>
      {t(`collection.touchpoints.channels.${channel}`)}
    </Badge>
  );
}
