import { WIDGET_POSITIONS, ZWidgetSettings, type Survey, type SurveyWidget, type WidgetPosition } from '@footprint/core';
import { Alert, Button, Card, Group, MultiSelect, NumberInput, SegmentedControl, Stack, Switch, TagsInput, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../../lib/api';
import { useErrorMessage, validationIssues } from '../../../../lib/errors';
import { usePutSurveyWidget } from '../../widget-hooks';

type Settings = SurveyWidget['settings'];

const same = (a: Settings, b: Settings) => JSON.stringify(a) === JSON.stringify(b);

/** The widget's settings for one survey: on/off, its moments, sampling and position; saved on their own. */
export function WidgetSettingsForm({ survey, saved }: { survey: Survey; saved: Settings }) {
  const { t } = useTranslation();
  const message = useErrorMessage();
  const put = usePutSurveyWidget(survey.id);
  const [draft, setDraft] = useState<Settings>(saved);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const dirty = !same(draft, saved);
  const set = (patch: Partial<Settings>) => setDraft((d) => ({ ...d, ...patch }));
  const setTriggers = (patch: Partial<Settings['triggers']>) => setDraft((d) => ({ ...d, triggers: { ...d.triggers, ...patch } }));
  const touchpoints = survey.touchpoints.map((x) => ({ value: x.id, label: x.name }));

  const save = () => {
    setFailure(null);
    const checked = ZWidgetSettings.safeParse(draft);
    if (!checked.success) {
      setErrors(Object.fromEntries(checked.error.issues.map((i) => [i.path.join('.'), i.message])));
      return;
    }
    setErrors({});
    put.mutate(checked.data, {
      onSuccess: () => notifications.show({ color: 'green', message: t('widget.saved') }),
      onError: (err) => {
        const issues = validationIssues(err);
        if (issues.length > 0) setErrors(Object.fromEntries(issues.map((i) => [i.field, i.message])));
        else if (isApiError(err) && err.status === 404) setFailure(t('feedback.builder.notFound'));
        else setFailure(message(err));
      },
    });
  };
  const err = (path: string) => errors[path];

  return (
    <Card withBorder padding="md">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="sm">
          <Switch
            size="md"
            label={t('widget.enabled')}
            description={t('widget.enabledHint')}
            checked={draft.enabled}
            onChange={(e) => set({ enabled: e.currentTarget.checked })}
          />
          <Text size="sm" c={dirty ? 'orange.8' : 'dimmed'} role="status" aria-live="polite">
            {dirty ? t('widget.unsaved') : t('widget.allSaved')}
          </Text>
        </Group>
        {draft.enabled && survey.status !== 'active' && (
          <Alert color="yellow" variant="light">
            {t('widget.notActive', { status: t(`feedback.statuses.${survey.status}`) })}
          </Alert>
        )}
        <Title order={3} fz="h5" mt="xs">
          {t('widget.when')}
        </Title>
        <Text size="xs" c="dimmed" mt={-6}>
          {t('widget.whenHint')}
        </Text>
        <TextInput
          label={t('widget.urlPattern')}
          description={t('widget.urlPatternHint')}
          placeholder="/cam-on"
          maxLength={400}
          value={draft.triggers.urlPattern ?? ''}
          error={err('triggers.urlPattern')}
          onChange={(e) => setTriggers({ urlPattern: e.currentTarget.value.trim() ? e.currentTarget.value : null })}
        />
        <TagsInput
          label={t('widget.events')}
          description={t('widget.eventsHint')}
          placeholder={t('widget.eventsPlaceholder')}
          value={draft.triggers.events}
          maxTags={20}
          error={err('triggers.events') ?? Object.entries(errors).find(([k]) => k.startsWith('triggers.events.'))?.[1]}
          onChange={(events) => setTriggers({ events })}
          clearable
        />
        <MultiSelect
          label={t('widget.touchpoints')}
          description={touchpoints.length ? t('widget.touchpointsHint') : t('widget.touchpointsNone')}
          data={touchpoints}
          disabled={touchpoints.length === 0}
          value={draft.triggers.touchpointIds}
          onChange={(touchpointIds) => setTriggers({ touchpointIds })}
          clearable
        />
        <NumberInput
          label={t('widget.delay')}
          description={t('widget.delayHint')}
          min={1}
          max={3600}
          allowDecimal={false}
          value={draft.triggers.delaySeconds ?? ''}
          error={err('triggers.delaySeconds')}
          onChange={(v) => setTriggers({ delaySeconds: typeof v === 'number' ? v : null })}
          maw={320}
        />
        <Switch
          label={t('widget.exitIntent')}
          description={t('widget.exitIntentHint')}
          checked={draft.triggers.exitIntent}
          onChange={(e) => setTriggers({ exitIntent: e.currentTarget.checked })}
        />
        <NumberInput
          label={t('widget.sampling')}
          description={t('widget.samplingHint')}
          min={0}
          max={100}
          decimalScale={1}
          suffix=" %"
          value={draft.samplingPercent}
          error={err('samplingPercent')}
          onChange={(v) => set({ samplingPercent: typeof v === 'number' ? v : 0 })}
          maw={320}
        />
        <Stack gap={4}>
          <Text size="sm" fw={500} id="widget-position">
            {t('widget.position')}
          </Text>
          <SegmentedControl
            aria-labelledby="widget-position"
            value={draft.position}
            onChange={(v) => set({ position: WIDGET_POSITIONS.find((p) => p === v) ?? 'bottom-right' })}
            data={WIDGET_POSITIONS.map((p: WidgetPosition) => ({ value: p, label: t(`widget.positions.${p}`) }))}
            style={{ alignSelf: 'flex-start' }}
          />
          <Text size="xs" c="dimmed">
            {t('widget.positionHint')}
          </Text>
        </Stack>
        {failure && (
          <Alert color="red" variant="light" role="alert">
            {failure}
          </Alert>
        )}
        <Group>
          <Button leftSection={<IconDeviceFloppy size={16} aria-hidden />} onClick={save} loading={put.isPending} disabled={!dirty}>
            {t('widget.save')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
