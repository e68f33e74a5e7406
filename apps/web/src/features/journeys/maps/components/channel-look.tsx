import type { Channel } from '@footprint/core';
import {
  IconBrandFacebook, IconBuildingStore, IconDeviceMobile, IconHeadset, IconMail, IconMessageCircle, IconMessages, IconPointFilled, IconReceipt,
  IconTruckDelivery, IconWorld, type Icon,
} from '@tabler/icons-react';

/** Each channel's icon and colour on a map's touchpoint cards. */
export const CHANNEL_LOOK: Record<Channel, { icon: Icon; color: string }> = {
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
