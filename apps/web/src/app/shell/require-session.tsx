import { Box, Button, Center, Container, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { PageLoader, QueryError } from '../../components/query-state';
import {
  CreateWorkspaceForm,
  LanguageSwitch,
  Logo,
  SessionContext,
  sessionFrom,
  useMeQuery,
  useSetupStatus,
  useSignOut,
} from '../../features/workspace';
import { applyLanguage } from '../../i18n';
import { AppLayout } from './app-layout';

/** The gate of the signed-in app: loads `me`, sends visitors to /setup or /login, speaks their language. */
export function RequireSession() {
  const me = useMeQuery();
  const location = useLocation();
  const signedOut = me.data === null;
  const setup = useSetupStatus(signedOut);
  const locale = me.data?.user.locale;
  // Only when the saved preference changes (sign-in, another tab): a switch in progress is not undone.
  useEffect(() => {
    if (locale) applyLanguage(locale);
  }, [locale]);
  const session = useMemo(() => (me.data ? sessionFrom(me.data) : null), [me.data]);

  if (me.isPending) return <PageLoader />;
  if (me.isError) {
    return (
      <Center h="100vh" p="md">
        <Box w={480}>
          <QueryError error={me.error} onRetry={() => void me.refetch()} />
        </Box>
      </Center>
    );
  }
  if (signedOut) {
    if (setup.isPending) return <PageLoader />;
    if (setup.data?.needsSetup) return <Navigate to="/setup" replace />;
    return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  }
  if (!session) return <NoWorkspace />;
  return (
    <SessionContext.Provider value={session}>
      <AppLayout />
    </SessionContext.Provider>
  );
}

/** Signed in but in no workspace (e.g. removed from the last one): offer to create one. */
function NoWorkspace() {
  const { t } = useTranslation();
  const signOut = useSignOut();
  return (
    <Container size={520} py={48}>
      <Group justify="space-between" mb="xl">
        <Logo size="lg" />
        <LanguageSwitch />
      </Group>
      <Paper component="main" withBorder radius="lg" p="xl" shadow="sm">
        <Stack gap="xs" mb="lg">
          <Title order={1} fz="h2">
            {t('workspaces.noneTitle')}
          </Title>
          <Text c="dimmed" size="sm">
            {t('workspaces.noneBody')}
          </Text>
        </Stack>
        <CreateWorkspaceForm />
        <Group justify="center" mt="lg">
          <Button variant="subtle" color="gray" onClick={() => signOut.mutate()}>
            {t('shell.signOut')}
          </Button>
        </Group>
      </Paper>
    </Container>
  );
}
