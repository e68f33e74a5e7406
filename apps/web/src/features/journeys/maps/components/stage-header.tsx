import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { stageName, type JourneyStage } from '@footprint/core';
import { ActionIcon, Group, Menu, Stack, Text, TextInput } from '@mantine/core';
import { IconArrowLeft, IconArrowRight, IconDots, IconGripVertical, IconTrash } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { moveStage, removeStage, renameStage, updateStage } from '../lib/doc-ops';
import { useGrid } from './grid-context';
import { InlineText } from './inline-text';

export const stageDndId = (id: string) => `s:${id}`;

/** A stage's column head: its name (inline editable in the shown language), a grip to drag it, a menu. */
export function StageHeader({ stage, index, extra }: { stage: JourneyStage; index: number; extra?: ReactNode }) {
  const { t } = useTranslation();
  const g = useGrid();
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: stageDndId(stage.id),
    data: { type: 'stage' },
    disabled: !g.editable,
  });
  const name = stageName(stage.name, g.language);
  const other = g.language === 'vi' ? 'en' : 'vi';
  return (
    <Stack
      ref={setNodeRef}
      gap={4}
      p="xs"
      data-stage-id={stage.id}
      data-testid="stage-header"
      style={{
        transform: CSS.Translate.toString(transform),
        transition,
        zIndex: isDragging ? 10 : undefined,
        position: 'relative',
        background: isDragging ? 'var(--mantine-color-blue-1)' : 'var(--mantine-color-blue-0)',
        borderRadius: 6,
        boxShadow: isDragging ? 'var(--mantine-shadow-md)' : undefined,
        height: '100%',
      }}
    >
      <Group gap={4} wrap="nowrap" align="flex-start">
        {g.editable && (
          <ActionIcon
            ref={setActivatorNodeRef}
            className="jm-ui"
            variant="subtle"
            color="blue"
            size="sm"
            aria-label={t('journeyMaps.grid.dragStage', { name })}
            style={{ cursor: 'grab', touchAction: 'none' }}
            {...attributes}
            {...listeners}
          >
            <IconGripVertical size={14} aria-hidden />
          </ActionIcon>
        )}
        <Text size="xs" c="blue.8" fw={700} mt={3} style={{ flex: 'none' }}>
          {index + 1}.
        </Text>
        <div style={{ flex: 1, minWidth: 0 }}>
          <InlineText
            value={stage.name[g.language]}
            label={g.language === 'vi' ? t('journeyMaps.grid.stageNameVi') : t('journeyMaps.grid.stageNameEn')}
            placeholder={name}
            editable={g.editable}
            fw={700}
            multiline={false}
            maxLength={80}
            onCommit={(text) => {
              // The Vietnamese name is required; an emptied one keeps its old text.
              if (g.language === 'vi' && !text) return;
              g.change(renameStage(g.doc, stage.id, g.language, text));
            }}
          />
        </div>
        {g.editable && (
          <Menu position="bottom-end" withinPortal closeOnItemClick={false}>
            <Menu.Target>
              <ActionIcon variant="subtle" color="gray" size="sm" className="jm-ui" aria-label={t('journeyMaps.grid.stageMenu', { name })}>
                <IconDots size={14} aria-hidden />
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown p="xs" w={260}>
              <Stack gap="xs">
                <TextInput
                  size="xs"
                  label={other === 'en' ? t('journeyMaps.grid.stageNameEn') : t('journeyMaps.grid.stageNameVi')}
                  defaultValue={stage.name[other]}
                  maxLength={80}
                  onKeyDown={(e) => e.stopPropagation()}
                  onBlur={(e) => {
                    const text = e.currentTarget.value.trim();
                    if (text === stage.name[other] || (other === 'vi' && !text)) return;
                    g.change(renameStage(g.doc, stage.id, other, text));
                  }}
                />
                <TextInput
                  size="xs"
                  label={t('journeyMaps.grid.stageDescription')}
                  defaultValue={stage.description}
                  maxLength={1000}
                  onKeyDown={(e) => e.stopPropagation()}
                  onBlur={(e) => {
                    const description = e.currentTarget.value.trim();
                    if (description !== stage.description) g.change(updateStage(g.doc, stage.id, (s) => ({ ...s, description })));
                  }}
                />
              </Stack>
              <Menu.Divider />
              <Menu.Item leftSection={<IconArrowLeft size={14} aria-hidden />} disabled={index === 0} onClick={() => g.change(moveStage(g.doc, index, index - 1))}>
                {t('journeyMaps.grid.moveLeft')}
              </Menu.Item>
              <Menu.Item leftSection={<IconArrowRight size={14} aria-hidden />} disabled={index === g.doc.stages.length - 1} onClick={() => g.change(moveStage(g.doc, index, index + 1))}>
                {t('journeyMaps.grid.moveRight')}
              </Menu.Item>
              <Menu.Item color="red" leftSection={<IconTrash size={14} aria-hidden />} disabled={g.doc.stages.length <= 1} onClick={() => g.change(removeStage(g.doc, stage.id))}>
                {t('journeyMaps.grid.removeStage')}
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
        )}
      </Group>
      {stage.description && (
        <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          {stage.description}
        </Text>
      )}
      {extra}
    </Stack>
  );
}
