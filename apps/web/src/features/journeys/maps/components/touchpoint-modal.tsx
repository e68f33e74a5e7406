import { CHANNELS, OFFLINE_CHANNELS, TARGET_METRICS, ZTouchpointTarget, type Channel, type JourneyTouchpoint, type TargetMetric } from '@footprint/core';
import { Button, Group, Modal, NumberInput, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DepartmentRef, TouchpointRef } from './grid-context';

const isChannel = (v: string | null | undefined): v is Channel => CHANNELS.some((c) => c === v);
const isMetric = (v: string | null): v is TargetMetric => TARGET_METRICS.some((m) => m === v);
const modeOf = (c: Channel) => (OFFLINE_CHANNELS.includes(c) ? 'offline' : 'online');

interface Props {
  /** The item being edited, or a new one's id. */
  item: JourneyTouchpoint | { id: string };
  touchpoints: TouchpointRef[];
  departments: DepartmentRef[];
  onSave: (item: JourneyTouchpoint) => void;
  onClose: () => void;
}

/** Adds or edits a touchpoint on the map: a measured workspace touchpoint or a named idea, its channel, owner and target. */
export function TouchpointModal({ item, touchpoints, departments, onSave, onClose }: Props) {
  const { t } = useTranslation();
  const existing = 'channel' in item ? item : null;
  const [source, setSource] = useState<'linked' | 'free'>(existing ? (existing.touchpointId ? 'linked' : 'free') : touchpoints.length > 0 ? 'linked' : 'free');
  const [touchpointId, setTouchpointId] = useState<string | null>(existing?.touchpointId ?? null);
  const [name, setName] = useState(existing?.name ?? '');
  const [channel, setChannel] = useState<Channel>(existing?.channel ?? 'web');
  const [mode, setMode] = useState<'online' | 'offline'>(existing?.mode ?? 'online');
  const [departmentId, setDepartmentId] = useState<string | null>(existing?.departmentId ?? null);
  const [metric, setMetric] = useState<TargetMetric | null>(existing?.target?.metric ?? null);
  const [min, setMin] = useState<number | string>(existing?.target?.min ?? '');
  const [error, setError] = useState<string | null>(null);

  const pick = (id: string | null) => {
    setTouchpointId(id);
    const tp = touchpoints.find((x) => x.id === id);
    if (tp && isChannel(tp.channel)) {
      setChannel(tp.channel);
      setMode(modeOf(tp.channel));
    }
  };
  const target = metric === null ? null : ZTouchpointTarget.safeParse({ metric, min: typeof min === 'number' ? min : Number.NaN });
  const save = () => {
    const linkedName = touchpoints.find((x) => x.id === touchpointId)?.name ?? '';
    if (source === 'linked' ? !touchpointId : !name.trim()) return setError(t('journeyMaps.touchpoint.required'));
    if (target && !target.success) return;
    onSave({
      id: item.id,
      touchpointId: source === 'linked' ? touchpointId : null,
      // A linked item keeps its touchpoint's name too, for readers who cannot see the workspace's list (share page).
      name: source === 'linked' ? linkedName : name.trim(),
      channel,
      mode,
      departmentId,
      target: target?.success ? target.data : null,
    });
  };

  return (
    <Modal opened onClose={onClose} title={existing ? t('journeyMaps.touchpoint.titleEdit') : t('journeyMaps.touchpoint.titleNew')} centered size="lg">
      <Stack gap="sm">
        <SegmentedControl
          aria-label={t('journeyMaps.touchpoint.source')}
          value={source}
          onChange={(v) => {
            setSource(v === 'linked' ? 'linked' : 'free');
            setError(null);
          }}
          data={[
            { value: 'linked', label: t('journeyMaps.touchpoint.linked') },
            { value: 'free', label: t('journeyMaps.touchpoint.free') },
          ]}
        />
        {source === 'linked' ? (
          <Select
            label={t('journeyMaps.touchpoint.pick')}
            description={touchpoints.length === 0 ? t('journeyMaps.touchpoint.noTouchpoints') : t('journeyMaps.touchpoint.linkedHint')}
            placeholder={t('journeyMaps.touchpoint.pickPlaceholder')}
            searchable
            data={touchpoints.map((x) => ({ value: x.id, label: x.name }))}
            value={touchpointId}
            onChange={pick}
            error={error}
            comboboxProps={{ withinPortal: true }}
            data-autofocus
          />
        ) : (
          <TextInput label={t('journeyMaps.touchpoint.name')} placeholder={t('journeyMaps.touchpoint.namePlaceholder')} maxLength={120} value={name} onChange={(e) => setName(e.currentTarget.value)} error={error} data-autofocus />
        )}
        <Group grow align="flex-start">
          <Select
            label={t('journeyMaps.touchpoint.channel')}
            allowDeselect={false}
            data={CHANNELS.map((c) => ({ value: c, label: t(`collection.touchpoints.channels.${c}`) }))}
            value={channel}
            onChange={(v) => {
              if (!isChannel(v)) return;
              setChannel(v);
              setMode(modeOf(v));
            }}
          />
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t('journeyMaps.touchpoint.mode')}
            </Text>
            <SegmentedControl
              aria-label={t('journeyMaps.touchpoint.mode')}
              value={mode}
              onChange={(v) => setMode(v === 'offline' ? 'offline' : 'online')}
              data={[
                { value: 'online', label: t('journeyMaps.grid.online') },
                { value: 'offline', label: t('journeyMaps.grid.offline') },
              ]}
            />
          </Stack>
        </Group>
        <Select
          label={t('journeyMaps.touchpoint.department')}
          placeholder={t('journeyMaps.touchpoint.departmentPlaceholder')}
          clearable
          searchable
          data={departments.map((d) => ({ value: d.id, label: d.name }))}
          value={departmentId}
          onChange={setDepartmentId}
        />
        <Group grow align="flex-start">
          <Select
            label={t('journeyMaps.touchpoint.targetMetric')}
            placeholder={t('journeyMaps.touchpoint.noTarget')}
            clearable
            data={TARGET_METRICS.map((m) => ({ value: m, label: m.toUpperCase() }))}
            value={metric}
            onChange={(v) => setMetric(isMetric(v) ? v : null)}
          />
          <NumberInput
            label={t('journeyMaps.touchpoint.targetMin')}
            description={metric ? t(`journeyMaps.touchpoint.scale.${metric}`) : undefined}
            disabled={metric === null}
            decimalScale={1}
            value={min}
            onChange={setMin}
            error={target && !target.success ? t(`journeyMaps.touchpoint.scale.${metric ?? 'nps'}`) : undefined}
          />
        </Group>
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={save}>{t('journeyMaps.touchpoint.save')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
