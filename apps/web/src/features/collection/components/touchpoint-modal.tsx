import {
  CHANNELS, CONDITION_OPS, MESSAGE_TYPES, type Channel, type ConditionOp, type MessageType, type Touchpoint, type TouchpointInput, type TouchpointRulesInput,
} from '@footprint/core';
import { ActionIcon, Alert, Button, Divider, Fieldset, Group, Loader, Modal, MultiSelect, Paper, Select, Stack, TagsInput, Text, Textarea, TextInput, Tooltip } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useApplyFieldErrors, useErrorMessage } from '../../../lib/errors';
import { useFormat } from '../../workspace';
import { useRulesPreview, useSaveTouchpoint } from '../hooks/use-touchpoints';
import { useEventTitle } from './event-type';

/** What a new touchpoint starts from (e.g. an unplaced group of events). */
export interface TouchpointDraft {
  name?: string;
  channel?: Channel;
  types?: MessageType[];
  events?: string[];
  urlPattern?: string;
  channels?: Channel[];
}

interface Props {
  opened: boolean;
  /** A touchpoint to edit, or a draft of a new one. */
  touchpoint: Touchpoint | null;
  draft?: TouchpointDraft | undefined;
  onClose: () => void;
}

export function TouchpointModal({ opened, touchpoint, draft, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} size="xl" title={touchpoint ? t('collection.touchpoints.editTitle') : t('collection.touchpoints.addTitle')}>
      <TouchpointForm key={touchpoint?.id ?? JSON.stringify(draft ?? {})} touchpoint={touchpoint} draft={draft ?? {}} onDone={onClose} />
    </Modal>
  );
}

interface ConditionRow {
  property: string;
  op: ConditionOp;
  value: string;
}
interface Values {
  name: string;
  description: string;
  channel: Channel;
  types: MessageType[];
  events: string[];
  urlPattern: string;
  channels: Channel[];
  conditions: ConditionRow[];
}

const NUMERIC: readonly ConditionOp[] = ['gt', 'gte', 'lt', 'lte'];

/** The form's values as the API's rules; null while no rule is filled in. */
function rulesOf(v: Values): TouchpointRulesInput | null {
  const conditions = v.conditions
    .filter((c) => c.property.trim() !== '' && (c.op === 'exists' || c.value.trim() !== ''))
    .map((c) => {
      const raw = c.value.trim();
      const n = Number(raw.replace(/[.\s](?=\d{3}(?:\D|$))/g, '').replace(',', '.'));
      if (c.op === 'exists') return { property: c.property.trim(), op: c.op };
      return { property: c.property.trim(), op: c.op, value: NUMERIC.includes(c.op) && Number.isFinite(n) ? n : raw };
    });
  const rules = {
    types: v.types,
    events: v.events.map((e) => e.trim()).filter(Boolean),
    urlPattern: v.urlPattern.trim() || null,
    channels: v.channels,
    conditions,
  };
  const any = rules.types.length + rules.events.length + rules.channels.length + rules.conditions.length > 0 || rules.urlPattern !== null;
  return any ? rules : null;
}

function TouchpointForm({ touchpoint, draft, onDone }: { touchpoint: Touchpoint | null; draft: TouchpointDraft; onDone: () => void }) {
  const { t } = useTranslation();
  const save = useSaveTouchpoint();
  const errorMessage = useErrorMessage();
  const applyFieldErrors = useApplyFieldErrors();
  const form = useForm<Values>({
    initialValues: {
      name: touchpoint?.name ?? draft.name ?? '',
      description: touchpoint?.description ?? '',
      channel: touchpoint?.channel ?? draft.channel ?? 'web',
      types: touchpoint?.rules.types ?? draft.types ?? [],
      events: touchpoint?.rules.events ?? draft.events ?? [],
      urlPattern: touchpoint?.rules.urlPattern ?? draft.urlPattern ?? '',
      channels: touchpoint?.rules.channels ?? draft.channels ?? [],
      conditions: (touchpoint?.rules.conditions ?? []).map((c) => ({ property: c.property, op: c.op, value: c.value === undefined ? '' : String(c.value) })),
    },
    validate: {
      name: (v) => (v.trim() === '' ? t('validation.required') : v.trim().length > 120 ? t('validation.tooLong', { max: 120 }) : null),
      conditions: {
        property: (v, values, path) => {
          const i = Number(path.split('.')[1]);
          const row = values.conditions[i];
          return row && v.trim() === '' && (row.value.trim() !== '' || row.op === 'exists') ? t('validation.required') : null;
        },
        value: (v, values, path) => {
          const row = values.conditions[Number(path.split('.')[1])];
          return row && row.op !== 'exists' && row.property.trim() !== '' && v.trim() === '' ? t('validation.required') : null;
        },
      },
    },
  });
  const rules = useMemo(() => rulesOf(form.values), [form.values]);
  const [debounced] = useDebouncedValue(rules, 400);
  const options = {
    channels: CHANNELS.map((c) => ({ value: c, label: t(`collection.touchpoints.channels.${c}`) })),
    types: MESSAGE_TYPES.filter((x) => x !== 'alias' && x !== 'group').map((x) => ({ value: x, label: t(`collection.types.${x}`) })),
    ops: CONDITION_OPS.map((o) => ({ value: o, label: t(`collection.touchpoints.ops.${o}`) })),
  };

  const submit = form.onSubmit((v) => {
    const r = rulesOf(v);
    if (!r) {
      form.setFieldError('events', t('collection.touchpoints.form.needRule'));
      return;
    }
    const input: TouchpointInput = { name: v.name.trim(), description: v.description.trim() || null, channel: v.channel, rules: r };
    save.mutate(
      { id: touchpoint?.id ?? null, input },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: t('collection.touchpoints.saved') });
          onDone();
        },
        onError: (err) => applyFieldErrors(err, ['name', 'description', 'channel'], form.setFieldError),
      },
    );
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {save.isError && (
          <Alert color="red" variant="light" role="alert">
            {errorMessage(save.error)}
          </Alert>
        )}
        <Group grow align="flex-start">
          <TextInput label={t('collection.touchpoints.form.name')} placeholder={t('collection.touchpoints.form.namePlaceholder')} required data-autofocus {...form.getInputProps('name')} />
          <Select label={t('collection.touchpoints.form.channel')} data={options.channels} allowDeselect={false} {...form.getInputProps('channel')} />
        </Group>
        <Textarea label={t('collection.touchpoints.form.description')} placeholder={t('collection.touchpoints.form.descriptionPlaceholder')} autosize minRows={1} maxRows={4} {...form.getInputProps('description')} />
        <Fieldset legend={t('collection.touchpoints.form.rulesTitle')}>
          <Stack gap="sm">
            <Text size="xs" c="dimmed">
              {t('collection.touchpoints.form.rulesHint')}
            </Text>
            <TagsInput
              label={t('collection.touchpoints.form.events')}
              placeholder={t('collection.touchpoints.form.eventsPlaceholder')}
              description={t('collection.touchpoints.form.eventsHint')}
              clearable
              {...form.getInputProps('events')}
            />
            <TextInput
              label={t('collection.touchpoints.form.url')}
              placeholder={t('collection.touchpoints.form.urlPlaceholder')}
              description={t('collection.touchpoints.form.urlHint')}
              {...form.getInputProps('urlPattern')}
            />
            <Group grow align="flex-start">
              <MultiSelect label={t('collection.touchpoints.form.types')} placeholder={form.values.types.length ? undefined : t('collection.touchpoints.form.typesPlaceholder')} data={options.types} clearable {...form.getInputProps('types')} />
              <MultiSelect label={t('collection.touchpoints.form.channels')} placeholder={form.values.channels.length ? undefined : t('collection.touchpoints.form.channelsPlaceholder')} data={options.channels} clearable {...form.getInputProps('channels')} />
            </Group>
            <Divider label={t('collection.touchpoints.form.conditions')} labelPosition="left" />
            {form.values.conditions.map((_, i) => (
              <Group key={i} gap="xs" align="flex-start" wrap="nowrap">
                <TextInput aria-label={t('collection.touchpoints.form.property')} placeholder={t('collection.touchpoints.form.propertyPlaceholder')} style={{ flex: 2 }} {...form.getInputProps(`conditions.${i}.property`)} />
                <Select aria-label={t('collection.touchpoints.form.op')} data={options.ops} allowDeselect={false} style={{ flex: 1.2 }} {...form.getInputProps(`conditions.${i}.op`)} />
                <TextInput
                  aria-label={t('collection.touchpoints.form.value')}
                  placeholder={t('collection.touchpoints.form.value')}
                  disabled={form.values.conditions[i]?.op === 'exists'}
                  style={{ flex: 2 }}
                  {...form.getInputProps(`conditions.${i}.value`)}
                />
                <Tooltip label={t('collection.touchpoints.form.removeCondition')}>
                  <ActionIcon variant="subtle" color="red" mt={4} aria-label={t('collection.touchpoints.form.removeCondition')} onClick={() => form.removeListItem('conditions', i)}>
                    <IconTrash size={16} aria-hidden />
                  </ActionIcon>
                </Tooltip>
              </Group>
            ))}
            <Group>
              <Button variant="subtle" size="xs" leftSection={<IconPlus size={14} aria-hidden />} onClick={() => form.insertListItem('conditions', { property: '', op: 'eq', value: '' })}>
                {t('collection.touchpoints.form.addCondition')}
              </Button>
            </Group>
          </Stack>
        </Fieldset>
        <RulesPreview rules={debounced} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** How the rules being written would place the latest events. */
function RulesPreview({ rules }: { rules: TouchpointRulesInput | null }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const title = useEventTitle();
  const preview = useRulesPreview(rules);
  return (
    <Paper withBorder p="sm" radius="md" bg="gray.0" aria-live="polite">
      <Group justify="space-between" mb={4}>
        <Text size="sm" fw={600}>
          {t('collection.touchpoints.form.previewTitle')}
        </Text>
        {preview.isFetching && <Loader size="xs" aria-label={t('common.loading')} />}
      </Group>
      {rules === null ? (
        <Text size="sm" c="dimmed">
          {t('collection.touchpoints.form.previewEmpty')}
        </Text>
      ) : preview.isError ? (
        <Text size="sm" c="dimmed">
          {t('collection.touchpoints.form.previewFailed')}
        </Text>
      ) : preview.data?.examined === 0 ? (
        <Text size="sm" c="dimmed">
          {t('collection.touchpoints.form.previewNoEvents')}
        </Text>
      ) : preview.data ? (
        <Stack gap={4}>
          <Text size="sm">{t('collection.touchpoints.form.previewResult', { matched: fmt.number(preview.data.matched), examined: fmt.number(preview.data.examined) })}</Text>
          {preview.data.matched === 0 && (
            <Text size="xs" c="dimmed">
              {t('collection.touchpoints.form.previewNone')}
            </Text>
          )}
          {preview.data.samples.map((s, i) => (
            <Text key={i} size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
              {fmt.dateTime(s.timestamp)} · {title({ type: s.type as MessageType, event: s.event })}
              {s.url ? ` · ${s.url}` : ''}
            </Text>
          ))}
        </Stack>
      ) : (
        <Text size="sm" c="dimmed">
          {t('common.loading')}
        </Text>
      )}
    </Paper>
  );
}
