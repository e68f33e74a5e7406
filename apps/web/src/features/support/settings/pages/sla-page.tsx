import type { SlaSettings } from '@footprint/core';
import { Alert, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../../../components/confirm-modal';
import { FormSkeleton, QueryError } from '../../../../components/query-state';
import { useErrorMessage } from '../../../../lib/errors';
import { useUnsavedGuard } from '../../../feedback';
import { HolidaysCard } from '../components/holidays-card';
import { SlaPolicies } from '../components/sla-policies';
import { WeekHours } from '../components/week-hours';
import { useCanManageSupport, usePutSla, useSla } from '../hooks';
import { draftOfSla, slaOf, type SlaDraft, type SlaProblem } from '../lib/sla-draft';

const DAY_KEYS = ['d0', 'd1', 'd2', 'd3', 'd4', 'd5', 'd6'] as const;

function Section({ title, children, hint }: { title: string; hint?: string; children: ReactNode }) {
  return (
    <Card withBorder padding="md" radius="md" component="section" aria-label={title}>
      <Stack gap="sm">
        <Stack gap={2}>
          <Title order={2} fz="h4">
            {title}
          </Title>
          {hint && (
            <Text size="sm" c="dimmed">
              {hint}
            </Text>
          )}
        </Stack>
        {children}
      </Stack>
    </Card>
  );
}

function SlaEditor({ settings }: { settings: SlaSettings }) {
  const { t } = useTranslation();
  const message = useErrorMessage();
  const canEdit = useCanManageSupport();
  const put = usePutSla();
  const [base, setBase] = useState(settings);
  const [draft, setDraft] = useState<SlaDraft>(() => draftOfSla(settings));
  const [tried, setTried] = useState(false);
  const result = slaOf(draft);
  const dirty = JSON.stringify(draft) !== JSON.stringify(draftOfSla(base));
  const guard = useUnsavedGuard(dirty && canEdit);
  // Saved elsewhere (another admin, live) while nothing is being edited here: show it.
  if (settings !== base && !dirty) {
    setBase(settings);
    setDraft(draftOfSla(settings));
  }
  const problem: SlaProblem | null = tried && !result.ok ? result.problem : null;
  const problemText = (p: SlaProblem): string => {
    switch (p.kind) {
      case 'target':
        return `${t(`supportSettings.priorities.${p.priority}`)} — ${t(`supportSettings.sla.${p.target}`)}: ${t('supportSettings.sla.badTarget')}`;
      case 'resolutionBeforeFirst':
        return `${t(`supportSettings.priorities.${p.priority}`)}: ${t('supportSettings.sla.resolutionBeforeFirst')}`;
      case 'interval':
        return `${t(`supportSettings.sla.days.${DAY_KEYS[p.weekday] ?? 'd0'}`)}: ${t('supportSettings.sla.badInterval')}`;
      case 'weekClosed':
        return t('supportSettings.sla.weekClosed');
      default:
        return t('validation.invalid');
    }
  };
  const save = () => {
    setTried(true);
    if (!result.ok) return;
    put.mutate(result.settings, {
      onSuccess: (s) => {
        setBase(s);
        setDraft(draftOfSla(s));
        setTried(false);
        notifications.show({ color: 'teal', message: t('supportSettings.saved') });
      },
      onError: (err) => notifications.show({ color: 'red', message: message(err) }),
    });
  };

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start" gap="sm">
        <Text size="sm" c="dimmed" maw={680}>
          {t('supportSettings.sla.intro')}
        </Text>
        {canEdit && (
          <Group gap="xs">
            {dirty && (
              <Text size="sm" c="orange.8" role="status">
                {t('supportSettings.sla.unsaved')}
              </Text>
            )}
            <Button
              variant="default"
              disabled={!dirty}
              onClick={() => {
                setDraft(draftOfSla(base));
                setTried(false);
              }}
            >
              {t('supportSettings.sla.reset')}
            </Button>
            <Button leftSection={<IconDeviceFloppy size={16} aria-hidden />} onClick={save} loading={put.isPending} disabled={!dirty}>
              {t('common.save')}
            </Button>
          </Group>
        )}
      </Group>
      {problem && (
        <Alert color="orange" variant="light" role="alert">
          {problemText(problem)}
        </Alert>
      )}
      <Section title={t('supportSettings.sla.policies')}>
        <SlaPolicies policies={draft.policies} onChange={(policies) => setDraft({ ...draft, policies })} disabled={!canEdit} problem={problem} />
      </Section>
      <Section title={t('supportSettings.sla.week')}>
        <WeekHours hours={draft.hours} onChange={(hours) => setDraft({ ...draft, hours })} disabled={!canEdit} badDay={problem?.kind === 'interval' ? problem.weekday : null} />
      </Section>
      <Section title={t('supportSettings.sla.holidays')}>
        <HolidaysCard hours={draft.hours} onChange={(hours) => setDraft({ ...draft, hours })} disabled={!canEdit} />
      </Section>
      <ConfirmModal opened={guard.pending !== null} title={t('journeyMaps.editor.leaveTitle')} confirmLabel={t('journeyMaps.editor.leave')} onClose={guard.stay} onConfirm={guard.leave}>
        {t('journeyMaps.editor.leaveBody')}
      </ConfirmModal>
    </Stack>
  );
}

/** SLA & giờ làm việc: targets per priority, escalation, the weekly hours and the holidays they skip. */
export function SlaPage() {
  const sla = useSla();
  if (sla.isError) return <QueryError error={sla.error} onRetry={() => void sla.refetch()} />;
  if (sla.isPending) return <FormSkeleton fields={6} />;
  return <SlaEditor settings={sla.data} />;
}
