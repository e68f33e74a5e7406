import { canLoadDemo } from '@footprint/core';
import { Badge, Card, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/page-header';
import { DemoLoader } from '../components/demo-loader';
import { GettingStarted } from '../components/getting-started';
import { useFormat } from '../hooks/use-format';
import { useSession } from '../hooks/use-session';

export function HomePage() {
  const { t } = useTranslation();
  const { me, workspace, role, actor } = useSession();
  const fmt = useFormat();
  const roleName = t(`roles.${role}`);
  return (
    <>
      <PageHeader
        title={t('home.title')}
        description={`${t('home.greeting', { name: me.user.name })}. ${t('home.intro', { workspace: workspace.name, role: roleName })}`}
      />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Stack gap="lg">
            <GettingStarted />
            {canLoadDemo(actor) && <DemoLoader />}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Card withBorder padding="lg">
            <Title order={2} fz="h4" mb="md">
              {t('home.workspaceCard')}
            </Title>
            <Stack gap="sm" component="dl" m={0}>
              <Fact label={t('settings.workspace.name')} value={workspace.name} />
              <Group justify="space-between">
                <Text component="dt" size="sm" c="dimmed">
                  {t('home.yourRole')}
                </Text>
                <Badge component="dd" m={0} variant="light">
                  {roleName}
                </Badge>
              </Group>
              <Fact label={t('home.timeZone')} value={workspace.timeZone.replaceAll('_', ' ')} />
              <Fact label={t('home.createdAt')} value={fmt.date(workspace.createdAt)} />
            </Stack>
          </Card>
        </Grid.Col>
      </Grid>
    </>
  );
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <Group justify="space-between" wrap="nowrap" gap="md">
      <Text component="dt" size="sm" c="dimmed">
        {label}
      </Text>
      <Text component="dd" m={0} size="sm" fw={500} ta="right" style={{ overflowWrap: 'anywhere' }}>
        {value}
      </Text>
    </Group>
  );
}
