import { AppShell, Container } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Suspense, useEffect } from 'react';
import { Outlet, useLocation } from 'react-router';
import { PageLoader } from '../../components/query-state';
import { useLiveUpdates, useSession } from '../../features/workspace';
import { AppHeader } from './app-header';
import { AppNavbar } from './app-navbar';

export function AppLayout() {
  const { workspace } = useSession();
  const [opened, { toggle, close }] = useDisclosure(false);
  const live = useLiveUpdates(workspace.id);
  const { pathname } = useLocation();
  // On phones the navbar covers the page: close it once a link is followed.
  useEffect(close, [pathname, close]);

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 252, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding={{ base: 'md', sm: 'xl' }}
    >
      <AppShell.Header>
        <AppHeader navOpened={opened} onToggleNav={toggle} liveConnected={live} />
      </AppShell.Header>
      <AppShell.Navbar p="sm">
        <AppNavbar />
      </AppShell.Navbar>
      <AppShell.Main>
        <Container size="xl" px={0}>
          <Suspense fallback={<PageLoader />}>
            <Outlet />
          </Suspense>
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}
