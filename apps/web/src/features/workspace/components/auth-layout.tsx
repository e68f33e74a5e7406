import { Anchor, Box, Center, Container, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { LanguageSwitch } from './language-switch';
import { Logo } from './logo';

/** Frame of the signed-out pages; the setup page puts the language control inside its form. */
export function AuthLayout() {
  return (
    <Box mih="100vh" bg="linear-gradient(160deg, var(--mantine-color-teal-0) 0%, var(--mantine-color-gray-0) 55%)">
      <Outlet />
    </Box>
  );
}

interface CardProps {
  title: string;
  intro?: ReactNode;
  children: ReactNode;
  /** Pages with their own language field hide the corner switch (one control per page). */
  withLanguageSwitch?: boolean;
  width?: number;
}

export function AuthCard({ title, intro, children, withLanguageSwitch = true, width = 440 }: CardProps) {
  const { t } = useTranslation();
  return (
    <Container size={width} py={48}>
      <Group justify="space-between" mb="xl" wrap="nowrap">
        <Anchor href="/" underline="never" c="inherit" aria-label="Footprint">
          <Logo size="lg" />
        </Anchor>
        {withLanguageSwitch && <LanguageSwitch />}
      </Group>
      <Paper component="main" withBorder shadow="sm" radius="lg" p={{ base: 'lg', sm: 32 }}>
        <Stack gap="xs" mb="lg">
          <Title order={1} fz="h2">
            {title}
          </Title>
          {intro && (
            <Text c="dimmed" size="sm">
              {intro}
            </Text>
          )}
        </Stack>
        {children}
      </Paper>
      <Center mt="lg">
        <Text size="xs" c="dimmed">
          Footprint · {t('auth.tagline')}
        </Text>
      </Center>
    </Container>
  );
}
