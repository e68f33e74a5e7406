import { ALERT_KINDS, EMAIL_MODES, type AlertKind, type AlertPreferences, type EmailMode } from '@footprint/core';
import { Alert, Button, Card, Group, SegmentedControl, Select, Stack, Switch, Table, Text, Title } from '@mantine/core';
import { TimeInput } from '@mantine/dates';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/page-header';
import { FormSkeleton, QueryError } from '../../../components/query-state';
import { useErrorMessage } from '../../../lib/errors';
import { useSession } from '../../workspace';
import { useAlertPreferences, useSaveAlertPreferences } from './hooks';

/** /settings/notifications — how the signed-in member gets alerts by email. */
export function NotificationPreferencesPage() {
  const { t } = useTranslation();
  const prefs = useAlertPreferences();
  return (
    <>
      <PageHeader title={t('alerts.prefs.title')} description={t('alerts.prefs.intro')} />
      {prefs.isPending ? (
        <Card withBorder padding="lg" maw={760}>
          <FormSkeleton fields={6} />
        </Card>
      ) : prefs.isError ? (
        <QueryError error={prefs.error} onRetry={() => void prefs.refetch()} />
      ) : (
        <PreferencesForm key={JSON.stringify(prefs.data)} initial={prefs.data} />
      )}
    </>
  );
}

const DEFAULT_QUIET = { from: '21:00', to: '07:00' };

function PreferencesForm({ initial }: { initial: AlertPreferences }) {
  const { t } = useTranslation();
  const { workspace } = useSession();
  const save = useSaveAlertPreferences();
  const errorMessage = useErrorMessage();
  const [email, setEmail] = useState<Record<AlertKind, EmailMode>>(initial.email);
  const [quietOn, setQuietOn] = useState(initial.quietHours !== null);
  const [quiet, setQuiet] = useState(initial.quietHours ?? DEFAULT_QUIET);
  const [digestHour, setDigestHour] = useState(initial.dailyDigestHour);
  const valid = (s: string) => /^([01]\d|2[0-3]):[0-5]\d$/.test(s);
  const quietError = quietOn && valid(quiet.from) && valid(quiet.to) && quiet.from === quiet.to ? t('alerts.prefs.sameTimes') : null;
  const next: AlertPreferences = { email, quietHours: quietOn ? quiet : null, dailyDigestHour: digestHour };
  const dirty = JSON.stringify(next) !== JSON.stringify(initial);
  const canSave = dirty && !quietError && (!quietOn || (valid(quiet.from) && valid(quiet.to)));
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (!canSave) return;
    save.mutate(next, { onSuccess: () => notifications.show({ color: 'teal', message: t('alerts.prefs.saved') }) });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg" maw={760}>
        {save.isError && (
          <Alert color="red" variant="light" role="alert">
            {errorMessage(save.error)}
          </Alert>
        )}
        <Card withBorder padding="lg">
          <Table verticalSpacing="sm" aria-label={t('alerts.prefs.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('alerts.prefs.kind')}</Table.Th>
                <Table.Th>{t('alerts.prefs.email')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {ALERT_KINDS.map((kind) => (
                <Table.Tr key={kind}>
                  <Table.Td>
                    <Text fw={600} size="sm" id={`alert-kind-${kind}`}>
                      {t(`alerts.kinds.${kind}`)}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {t(`alerts.kindHints.${kind}`)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <SegmentedControl
                      size="xs"
                      aria-labelledby={`alert-kind-${kind}`}
                      value={email[kind]}
                      onChange={(v) => {
                        const mode = EMAIL_MODES.find((m) => m === v);
                        if (mode) setEmail((old) => ({ ...old, [kind]: mode }));
                      }}
                      data={EMAIL_MODES.map((m) => ({ value: m, label: t(`alerts.prefs.modes.${m}`) }))}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Card>
        <Card withBorder padding="lg">
          <Stack gap="sm">
            <Title order={2} fz="h4">
              {t('alerts.prefs.quiet')}
            </Title>
            <Switch label={t('alerts.prefs.quietOn')} checked={quietOn} onChange={(e) => setQuietOn(e.currentTarget.checked)} />
            {quietOn && (
              <Group align="flex-start">
                <TimeInput label={t('alerts.prefs.from')} value={quiet.from} onChange={(e) => setQuiet((q) => ({ ...q, from: e.currentTarget.value }))} w={140} error={quietError} />
                <TimeInput label={t('alerts.prefs.to')} value={quiet.to} onChange={(e) => setQuiet((q) => ({ ...q, to: e.currentTarget.value }))} w={140} />
              </Group>
            )}
            <Text size="sm" c="dimmed">
              {t('alerts.prefs.quietHint', { timeZone: workspace.timeZone })}
            </Text>
            <Select
              label={t('alerts.prefs.digestHour')}
              description={t('alerts.prefs.digestHint')}
              allowDeselect={false}
              w={260}
              value={String(digestHour)}
              onChange={(v) => v !== null && setDigestHour(Number(v))}
              data={Array.from({ length: 24 }, (_, h) => ({ value: String(h), label: t('alerts.prefs.hour', { hour: String(h).padStart(2, '0') }) }))}
            />
          </Stack>
        </Card>
        <Group justify="flex-end">
          <Button type="submit" loading={save.isPending} disabled={!canSave}>
            {t('alerts.prefs.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
