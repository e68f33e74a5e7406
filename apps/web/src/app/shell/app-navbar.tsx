import { NavLink, ScrollArea, Stack } from '@mantine/core';
import {
  IconBell,
  IconBuilding,
  IconBuildingStore,
  IconBulb,
  IconChartBar,
  IconDatabase,
  IconHeadset,
  IconKey,
  IconLayoutDashboard,
  IconMessageCircle,
  IconRoute,
  IconSettings,
  IconUser,
  IconUsers,
  IconUsersGroup,
  type Icon,
} from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { Messages } from '../../i18n/vi';

type NavKey = keyof Messages['nav'];
interface Item {
  to: string;
  key: NavKey;
  icon: Icon;
}

const PARTS: Item[] = [
  { to: '/', key: 'home', icon: IconLayoutDashboard },
  { to: '/journeys', key: 'journeys', icon: IconRoute },
  { to: '/collection', key: 'collection', icon: IconDatabase },
  { to: '/feedback', key: 'feedback', icon: IconMessageCircle },
  { to: '/support', key: 'support', icon: IconHeadset },
  { to: '/analytics', key: 'analytics', icon: IconChartBar },
  { to: '/insight', key: 'insight', icon: IconBulb },
];

const SETTINGS: Item[] = [
  { to: '/settings/workspace', key: 'settingsWorkspace', icon: IconBuilding },
  { to: '/settings/members', key: 'settingsMembers', icon: IconUsers },
  { to: '/settings/departments', key: 'settingsDepartments', icon: IconUsersGroup },
  { to: '/settings/stores', key: 'settingsStores', icon: IconBuildingStore },
  { to: '/settings/keys', key: 'settingsKeys', icon: IconKey },
  { to: '/settings/profile', key: 'settingsProfile', icon: IconUser },
  { to: '/settings/notifications', key: 'settingsNotifications', icon: IconBell },
];

const isActive = (pathname: string, to: string) => (to === '/' ? pathname === '/' : pathname === to || pathname.startsWith(`${to}/`));

export function AppNavbar() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const inSettings = pathname.startsWith('/settings');
  const [settingsOpen, setSettingsOpen] = useState(inSettings);
  // Arriving in settings from elsewhere (e.g. the user menu) unfolds the group.
  useEffect(() => {
    if (inSettings) setSettingsOpen(true);
  }, [inSettings]);
  const link = (item: Item) => {
    const active = isActive(pathname, item.to);
    const ItemIcon = item.icon;
    return (
      <NavLink
        key={item.to}
        component={Link}
        to={item.to}
        label={t(`nav.${item.key}`)}
        leftSection={<ItemIcon size={18} stroke={1.7} aria-hidden />}
        active={active}
        aria-current={active ? 'page' : undefined}
        variant="light"
        style={{ borderRadius: 'var(--mantine-radius-md)' }}
      />
    );
  };
  return (
    <ScrollArea component="nav" aria-label={t('nav.label')} h="100%">
      <Stack gap={2}>
        {PARTS.map(link)}
        <NavLink
          component="button"
          type="button"
          label={t('nav.settings')}
          leftSection={<IconSettings size={18} stroke={1.7} aria-hidden />}
          opened={settingsOpen}
          onChange={setSettingsOpen}
          childrenOffset={12}
          mt="sm"
          style={{ borderRadius: 'var(--mantine-radius-md)' }}
        >
          {SETTINGS.map(link)}
        </NavLink>
      </Stack>
    </ScrollArea>
  );
}
