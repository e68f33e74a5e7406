import { Button, Group, Select, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconFilterOff } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../workspace';
import { useTouchpoints } from '../hooks/use-touchpoints';
import { endOfDay, parseDayInput, startOfDay } from '../lib/dates';
import { EVENT_TYPES, type EventFilters as Filters } from '../schemas';

type TextKey = 'event' | 'userId' | 'anonymousId';
const TEXT_KEYS: TextKey[] = ['event', 'userId', 'anonymousId'];

interface Props {
  value: Filters;
  /** Takes an update of the current filters, so a late debounced change never undoes another. */
  onChange: (update: (current: Filters) => Filters) => void;
}

/** Filters of the event list. Text applies as one types; dates (dd/mm/yyyy) once complete. */
export function EventFilters({ value, onChange }: Props) {
  const { t } = useTranslation();
  const { workspace } = useSession();
  const touchpoints = useTouchpoints();
  const [draft, setDraft] = useState<Record<TextKey, string>>({
    event: value.event ?? '',
    userId: value.userId ?? '',
    anonymousId: value.anonymousId ?? '',
  });
  const [days, setDays] = useState({ from: '', to: '' });
  const [touched, setTouched] = useState({ from: false, to: false });
  const applyText = useDebouncedCallback(
    (d: Record<TextKey, string>) =>
      onChange((f) => ({ ...f, event: d.event.trim() || undefined, userId: d.userId.trim() || undefined, anonymousId: d.anonymousId.trim() || undefined })),
    400,
  );

  const dayError = (which: 'from' | 'to') => (touched[which] && days[which].trim() !== '' && !parseDayInput(days[which]) ? t('collection.events.badDate') : undefined);
  const setDay = (which: 'from' | 'to', input: string) => {
    setDays({ ...days, [which]: input });
    const day = parseDayInput(input);
    if (input.trim() === '') onChange((f) => ({ ...f, [which]: undefined }));
    else if (day) {
      const ms = which === 'from' ? startOfDay(day, workspace.timeZone) : endOfDay(day, workspace.timeZone);
      onChange((f) => ({ ...f, [which]: new Date(ms).toISOString() }));
    }
  };
  const active = Object.values(value).some((v) => v !== undefined) || Object.values(draft).some(Boolean) || Object.values(days).some(Boolean);

  return (
    <Group gap="sm" align="flex-start" wrap="wrap">
      {TEXT_KEYS.map((key) => (
        <TextInput
          key={key}
          label={t(`collection.events.filter.${key}`)}
          placeholder={t(`collection.events.filter.${key}Placeholder`)}
          value={draft[key]}
          onChange={(e) => {
            const next = { ...draft, [key]: e.currentTarget.value };
            setDraft(next);
            applyText(next);
          }}
          style={{ flex: '1 1 180px' }}
        />
      ))}
      <Select
        label={t('collection.events.filter.type')}
        placeholder={t('collection.events.filter.allTypes')}
        clearable
        value={value.type ?? null}
        onChange={(v) => onChange((f) => ({ ...f, type: EVENT_TYPES.find((x) => x === v) }))}
        data={EVENT_TYPES.map((x) => ({ value: x, label: t(`collection.types.${x}`) }))}
        w={{ base: '100%', xs: 180 }}
      />
      <Select
        label={t('collection.touchpoints.eventsFilter')}
        placeholder={t('collection.touchpoints.eventsFilterAny')}
        clearable
        searchable
        value={value.touchpointId ?? null}
        onChange={(v) => onChange((f) => ({ ...f, touchpointId: v ?? undefined }))}
        data={[
          { value: 'none', label: t('collection.touchpoints.eventsFilterNone') },
          ...(touchpoints.data?.items ?? []).map((x) => ({ value: x.id, label: x.name })),
        ]}
        w={{ base: '100%', xs: 200 }}
      />
      {(['from', 'to'] as const).map((which) => (
        <TextInput
          key={which}
          label={t(`collection.events.filter.${which}`)}
          placeholder="dd/mm/yyyy"
          inputMode="numeric"
          value={days[which]}
          onChange={(e) => setDay(which, e.currentTarget.value)}
          onBlur={() => setTouched({ ...touched, [which]: true })}
          error={dayError(which)}
          w={{ base: '100%', xs: 140 }}
        />
      ))}
      {active && (
        <Button
          variant="subtle"
          color="gray"
          mt={25}
          leftSection={<IconFilterOff size={16} aria-hidden />}
          onClick={() => {
            applyText.cancel();
            setDraft({ event: '', userId: '', anonymousId: '' });
            setDays({ from: '', to: '' });
            setTouched({ from: false, to: false });
            onChange(() => ({}));
          }}
        >
          {t('collection.events.clear')}
        </Button>
      )}
    </Group>
  );
}
