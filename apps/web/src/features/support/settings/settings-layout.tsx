import { Alert, Grid, NavLink, Stack } from '@mantine/core';
import { IconArrowsSplit, IconBolt, IconClockHour4, IconLock, IconUsersGroup, type Icon } from '@tabler/icons-react';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { PageLoader } from '../../../components/query-state';
import { useCanManageSupport } from './hooks';

type Part = 'triggers' | 'routing' | 'departments' | 'sla';
const PARTS: { key: Part; icon: Icon }[] = [
  { key: 'triggers', icon: IconBolt },
  { key: 'routing', icon: IconArrowsSplit },
  { key: 'departments', icon: IconUsersGroup },
  { key: 'sla', icon: IconClockHour4 },
];

/** Hỗ trợ → Thiết lập: a side list of its parts; everyone who works cases reads them, admins change them. */
export function SupportSettingsLayout() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const canEdit = useCanManageSupport();
  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, md: 3 }}>
        <Stack gap={2} component="nav" aria-label={t('supportSettings.nav.label')}>
          {PARTS.map(({ key, icon: PartIcon }) => {
            const to = `/support/settings/${key}`;
            const active = pathname === to || pathname.startsWith(`${to}/`);
            return (
              <NavLink
                key={key}
                component={Link}
                to={to}
                label={t(`supportSettings.nav.${key}`)}
                leftSection={<PartIcon size={18} aria-hidden />}
                active={active}
                aria-current={active ? 'page' : undefined}
                variant="light"
                style={{ borderRadius: 'var(--mantine-radius-md)' }}
              />
            );
          })}
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 9 }}>
        <Stack gap="md">
          {!canEdit && (
            <Alert variant="light" color="gray" icon={<IconLock size={18} aria-hidden />} data-testid="support-settings-read-only">
              {t('supportSettings.readOnly')}
            </Alert>
          )}
          <Suspense fallback={<PageLoader />}>
            <Outlet />
          </Suspense>
        </Stack>
      </Grid.Col>
    </Grid>
  );
}
