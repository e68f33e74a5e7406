import { Button, Group } from '@mantine/core';
import { IconChartLine, IconClipboardList, IconDeviceTablet, IconMail, IconMessages, type Icon } from '@tabler/icons-react';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { PageHeader } from '../../../components/page-header';
import { PageLoader } from '../../../components/query-state';

type Section = 'surveys' | 'responses' | 'scores' | 'email' | 'kiosks';
const SECTIONS: { key: Section; icon: Icon }[] = [
  { key: 'surveys', icon: IconClipboardList },
  { key: 'responses', icon: IconMessages },
  { key: 'scores', icon: IconChartLine },
  { key: 'email', icon: IconMail },
  { key: 'kiosks', icon: IconDeviceTablet },
];

/** Phản hồi: surveys, their responses and scores, and the channels that carry them. */
export function FeedbackPage() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  return (
    <>
      <PageHeader title={t('nav.feedback')} />
      <Group component="nav" aria-label={t('feedback.sections')} gap={4} mb="lg" pb="xs" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
        {SECTIONS.map(({ key, icon: SectionIcon }) => {
          const to = `/feedback/${key}`;
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
              {t(`feedback.nav.${key}`)}
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
