import { Button, Group } from '@mantine/core';
import type { Icon } from '@tabler/icons-react';
import { Suspense } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { PageHeader } from './page-header';
import { PageLoader } from './query-state';

export interface Section {
  /** The path below the section's base, e.g. `inbox` under `/support`. */
  key: string;
  label: string;
  icon: Icon;
}

/**
 * A part of the product with tabs: its title, a row of section links (the current one marked for
 * screen readers too) and the section's page below, loaded lazily.
 */
export function SectionLayout({ base, title, description, navLabel, sections }: { base: string; title: string; description?: string; navLabel: string; sections: Section[] }) {
  const { pathname } = useLocation();
  return (
    <>
      <PageHeader title={title} description={description} />
      <Group component="nav" aria-label={navLabel} gap={4} mb="lg" pb="xs" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
        {sections.map(({ key, label, icon: SectionIcon }) => {
          const to = `${base}/${key}`;
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
              {label}
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
