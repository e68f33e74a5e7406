import { canManageKeys, canManageMembers } from '@footprint/core';
import { Button, Card, Group, Progress, Skeleton, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconCircleCheck, IconCircleDashed } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryError } from '../../../components/query-state';
import { DEMO_EMAIL_DOMAIN } from '../demo';
import { useKeys } from '../hooks/use-keys';
import { useMembers } from '../hooks/use-members';
import { useSession } from '../hooks/use-session';

const ONE = { sort: 'name', order: 'asc', page: 1, pageSize: 1 } as const;

interface Step {
  id: string;
  title: string;
  body: string;
  /** null: not known to this person (e.g. keys are visible to admins only). */
  done: boolean | null;
  action: ReactNode;
}

/** Three first steps, each ticked from real data rather than from clicks. */
export function GettingStarted() {
  const { t } = useTranslation();
  const { actor } = useSession();
  const isAdmin = canManageMembers(actor);
  const seesKeys = canManageKeys(actor);
  const members = useMembers(ONE);
  const demo = useMembers({ ...ONE, q: DEMO_EMAIL_DOMAIN });
  const keys = useKeys(seesKeys);
  const queries = seesKeys ? [members, demo, keys] : [members, demo];
  const failed = queries.find((q) => q.isError);
  const loading = queries.some((q) => q.isPending);

  const steps: Step[] = [
    {
      id: 'invite',
      title: t('checklist.invite'),
      body: t('checklist.inviteBody'),
      done: (members.data?.total ?? 0) > 1,
      action: isAdmin && (
        <Button component={Link} to="/settings/members?invite=1" size="xs" variant="light">
          {t('checklist.inviteAction')}
        </Button>
      ),
    },
    {
      id: 'key',
      title: t('checklist.key'),
      body: t('checklist.keyBody'),
      done: seesKeys ? (keys.data ?? []).some((k) => k.type === 'write' && !k.revokedAt) : null,
      action: seesKeys && (
        <Button component={Link} to="/settings/keys?create=write" size="xs" variant="light">
          {t('checklist.keyAction')}
        </Button>
      ),
    },
    {
      id: 'demo',
      title: t('checklist.demo'),
      body: t('checklist.demoBody'),
      done: (demo.data?.total ?? 0) > 0,
      action: isAdmin && (
        <Button component="a" href="#demo" size="xs" variant="light">
          {t('checklist.demoAction')}
        </Button>
      ),
    },
  ];
  const known = steps.filter((s) => s.done !== null);
  const doneCount = known.filter((s) => s.done).length;

  return (
    <Card withBorder padding="lg">
      <Stack gap="md">
        <Group justify="space-between" align="baseline">
          <Title order={2} fz="h4">
            {t('checklist.title')}
          </Title>
          {!loading && !failed && (
            <Text size="sm" c="dimmed">
              {t('checklist.progress', { done: doneCount, total: known.length })}
            </Text>
          )}
        </Group>
        {failed ? (
          <QueryError error={failed.error} onRetry={() => queries.forEach((q) => void q.refetch())} />
        ) : loading ? (
          <Stack gap="sm" aria-busy="true">
            {[0, 1, 2].map((i) => (
              <Skeleton key={i} height={56} radius="md" />
            ))}
          </Stack>
        ) : (
          <>
            {/* Decorative: the "n of 3 steps" text says the same, and the page's one progressbar is the demo job. */}
            <Progress value={known.length ? (doneCount / known.length) * 100 : 0} size="sm" aria-hidden />
            <Stack gap="xs" component="ol" p={0} m={0} style={{ listStyle: 'none' }}>
              {steps.map((s) => (
                <Group key={s.id} component="li" wrap="nowrap" align="flex-start" gap="md" p="sm" bd="1px solid var(--mantine-color-gray-2)" style={{ borderRadius: 'var(--mantine-radius-md)' }}>
                  <ThemeIcon variant={s.done ? 'filled' : 'light'} color={s.done ? 'teal' : 'gray'} radius="xl" size={28} aria-hidden>
                    {s.done ? <IconCircleCheck size={18} /> : <IconCircleDashed size={18} />}
                  </ThemeIcon>
                  <Stack gap={2} style={{ flex: 1 }}>
                    <Text fw={600} size="sm">
                      {s.title}
                      <Text span size="xs" c="dimmed" fw={400} ml={8}>
                        {s.done === null ? t('checklist.adminOnly') : s.done ? t('checklist.done') : t('checklist.todo')}
                      </Text>
                    </Text>
                    <Text size="sm" c="dimmed">
                      {s.body}
                    </Text>
                  </Stack>
                  {!s.done && s.action}
                </Group>
              ))}
            </Stack>
          </>
        )}
      </Stack>
    </Card>
  );
}
