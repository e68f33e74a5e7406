import { Badge, ThemeIcon } from '@mantine/core';
import { IconBolt, IconDeviceMobile, IconFileText, IconLink, IconUserCheck, IconUsersGroup, type Icon } from '@tabler/icons-react';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventType } from '../schemas';

const STYLE: Record<EventType, { color: string; icon: Icon }> = {
  identify: { color: 'grape', icon: IconUserCheck },
  track: { color: 'blue', icon: IconBolt },
  page: { color: 'teal', icon: IconFileText },
  screen: { color: 'cyan', icon: IconDeviceMobile },
  group: { color: 'orange', icon: IconUsersGroup },
  alias: { color: 'gray', icon: IconLink },
};

export function EventTypeBadge({ type }: { type: EventType }) {
  const { t } = useTranslation();
  const TypeIcon = STYLE[type].icon;
  return (
    // The label's default overflow:hidden gives it no minimum width, so table columns squeezed it.
    <Badge
      variant="light"
      color={STYLE[type].color}
      leftSection={<TypeIcon size={12} aria-hidden />}
      maw="none"
      style={{ flexShrink: 0 }}
      styles={{ label: { overflow: 'visible' } }}
    >
      {t(`collection.types.${type}`)}
    </Badge>
  );
}

/** The round icon of a timeline entry; decorative (the type is also written out). */
export function EventTypeIcon({ type, size = 28 }: { type: EventType; size?: number }) {
  const TypeIcon = STYLE[type].icon;
  return (
    <ThemeIcon variant="light" color={STYLE[type].color} radius="xl" size={size} aria-hidden>
      <TypeIcon size={Math.round(size * 0.55)} />
    </ThemeIcon>
  );
}

/** The event's own name (track name, page or screen name), else what its type means. */
export function useEventTitle(): (e: { type: EventType; event: string | null }) => string {
  const { t } = useTranslation();
  return useCallback(
    (e) => {
      if (e.event && (e.type === 'track' || e.type === 'page' || e.type === 'screen')) return e.event;
      return t(`collection.names.${e.type}`);
    },
    [t],
  );
}
