import { Anchor, Badge, Burger, Divider, Group, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconWifiOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LanguageSwitch, Logo, UserMenu, WorkspaceSwitcher } from '../../features/workspace';
import { NotificationBell } from '../../features/support';

interface Props {
  navOpened: boolean;
  onToggleNav: () => void;
  liveConnected: boolean;
}

export function AppHeader({ navOpened, onToggleNav, liveConnected }: Props) {
  const { t } = useTranslation();
  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="sm">
      <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
        <Burger opened={navOpened} onClick={onToggleNav} hiddenFrom="sm" size="sm" aria-label={t('shell.toggleNav')} />
        <Anchor component={Link} to="/" underline="never" c="inherit" aria-label="Footprint" visibleFrom="xs">
          <Logo />
        </Anchor>
        <Divider orientation="vertical" visibleFrom="xs" />
        <WorkspaceSwitcher />
      </Group>
      <Group gap="sm" wrap="nowrap">
        {!liveConnected && (
          <Tooltip label={t('shell.liveOffline')}>
            <Badge color="orange" variant="light" leftSection={<IconWifiOff size={12} aria-hidden />} role="status">
              <VisuallyHidden>{t('shell.liveOffline')}</VisuallyHidden>
              <span aria-hidden>{t('shell.offline')}</span>
            </Badge>
          </Tooltip>
        )}
        <NotificationBell />
        <LanguageSwitch />
        <UserMenu />
      </Group>
    </Group>
  );
}
