import { Button, Group } from '@mantine/core';
import { IconActivityHeartbeat, IconFileImport, IconListDetails, IconMapPin, IconUsers, type Icon } from '@tabler/icons-react';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { PageHeader } from '../../../components/page-header';
import { PageLoader } from '../../../components/query-state';

type Section = 'customers' | 'live' | 'events' | 'touchpoints' | 'imports';
const SECTIONS: { key: Section; icon: Icon }[] = [
  { key: 'customers', icon: IconUsers },
  { key: 'live', icon: IconActivityHeartbeat },
  { key: 'events', icon: IconListDetails },
  { key: 'touchpoints', icon: IconMapPin },
  { key: 'imports', icon: IconFileImport },
];

/** Thu thập: customers, the live view for people installing the SDK, the raw event list and offline imports. */
export function CollectionLayout() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  return (
    <>
      <PageHeader title={t('nav.collection')} description={t('collection.intro')} />
      <Group component="nav" aria-label={t('collection.sections')} gap={4} mb="lg" pb="xs" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
        {SECTIONS.map(({ key, icon: SectionIcon }) => {
          const to = `/collection/${key}`;
          const active = pathname === to || pathname.startsWith(`${to}/`);
          return (
            <Button
              key={key}
              component={Link}
              to={to}
              variant={active ? 'light' : 'subtle'}
              color={active ? undefined : 'gray'}
              leftSection={<SectionIcon size={16} aria-hidden />}
              aria-current={active ? 'page' : undefined}
            >
              {key === 'imports' ? t('imports.nav') : t(`collection.nav.${key}`)}
            </Button>
          );
        })}
      </Group>
      <Suspense fallback={<PageLoader />}>
        <Outlet />
      </Suspense>
    </>
  );
}
