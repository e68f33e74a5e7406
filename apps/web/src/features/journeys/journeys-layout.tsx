import { Button, Group } from '@mantine/core';
import { IconRoute, IconUsers, type Icon } from '@tabler/icons-react';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { PageHeader } from '../../components/page-header';
import { PageLoader } from '../../components/query-state';

type Section = 'maps' | 'personas';
const SECTIONS: { key: Section; icon: Icon }[] = [
  { key: 'maps', icon: IconRoute },
  { key: 'personas', icon: IconUsers },
];

/** Hành trình: journey maps and the personas they are drawn for. */
export function JourneysLayout() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  return (
    <>
      <PageHeader title={t('nav.journeys')} />
      <Group component="nav" aria-label={t('personas.journeyNav.label')} gap={4} mb="lg" pb="xs" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
        {SECTIONS.map(({ key, icon: SectionIcon }) => {
          const to = `/journeys/${key}`;
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
              {t(`personas.journeyNav.${key}`)}
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
