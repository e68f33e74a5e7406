import { laneTitle, MAX_LANES, type JourneyDoc } from '@footprint/core';
import { ActionIcon, Button, Group, Popover, Stack, Text, TextInput } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconEye, IconEyeOff, IconLayoutRows, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addTextLane, moveLane, removeLane, updateLane } from '../lib/doc-ops';

/** Every lane of the map: show or hide it, move it up or down, delete a custom one, add a notes lane. */
export function LanesMenu({ doc, language, onChange }: { doc: JourneyDoc; language: 'vi' | 'en'; onChange: (doc: JourneyDoc) => void }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const add = () => {
    if (!title.trim()) return;
    onChange(addTextLane(doc, title.trim()));
    setTitle('');
  };
  return (
    <Popover position="bottom-start" withinPortal shadow="md" width={340} trapFocus>
      <Popover.Target>
        <Button variant="default" size="xs" leftSection={<IconLayoutRows size={14} aria-hidden />}>
          {t('journeyMaps.editor.lanes')}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap={6} role="group" aria-label={t('journeyMaps.lanesMenu.title')}>
          <Text size="sm" fw={600}>
            {t('journeyMaps.lanesMenu.title')}
          </Text>
          {doc.lanes.map((lane, i) => {
            const name = laneTitle(lane, language);
            return (
              <Group key={lane.id} gap={4} wrap="nowrap" data-lane-row={lane.id}>
                <ActionIcon
                  variant="subtle"
                  color={lane.hidden ? 'gray' : 'blue'}
                  aria-label={lane.hidden ? t('journeyMaps.lanesMenu.show', { name }) : t('journeyMaps.lanesMenu.hide', { name })}
                  aria-pressed={!lane.hidden}
                  onClick={() => onChange(updateLane(doc, lane.id, { hidden: !lane.hidden }))}
                >
                  {lane.hidden ? <IconEyeOff size={16} aria-hidden /> : <IconEye size={16} aria-hidden />}
                </ActionIcon>
                <Text size="sm" c={lane.hidden ? 'dimmed' : undefined} style={{ flex: 1, minWidth: 0 }} truncate>
                  {name}
                </Text>
                <ActionIcon variant="subtle" color="gray" disabled={i === 0} aria-label={t('journeyMaps.lanesMenu.moveUp', { name })} onClick={() => onChange(moveLane(doc, i, i - 1))}>
                  <IconArrowUp size={14} aria-hidden />
                </ActionIcon>
                <ActionIcon variant="subtle" color="gray" disabled={i === doc.lanes.length - 1} aria-label={t('journeyMaps.lanesMenu.moveDown', { name })} onClick={() => onChange(moveLane(doc, i, i + 1))}>
                  <IconArrowDown size={14} aria-hidden />
                </ActionIcon>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  disabled={lane.kind !== 'text' || doc.lanes.length <= 1}
                  aria-label={t('journeyMaps.lanesMenu.remove', { name })}
                  onClick={() => onChange(removeLane(doc, lane.id))}
                  style={{ visibility: lane.kind === 'text' ? 'visible' : 'hidden' }}
                >
                  <IconTrash size={14} aria-hidden />
                </ActionIcon>
              </Group>
            );
          })}
          <Group gap={6} wrap="nowrap" align="flex-end" mt="xs">
            <TextInput
              size="xs"
              label={t('journeyMaps.lanesMenu.addText')}
              placeholder={t('journeyMaps.lanesMenu.addTextPlaceholder')}
              maxLength={80}
              value={title}
              onChange={(e) => setTitle(e.currentTarget.value)}
              onKeyDown={(e) => {
                e.stopPropagation();
                if (e.key === 'Enter') add();
              }}
              style={{ flex: 1 }}
            />
            <Button size="xs" onClick={add} disabled={!title.trim() || doc.lanes.length >= MAX_LANES}>
              {t('journeyMaps.lanesMenu.add')}
            </Button>
          </Group>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
