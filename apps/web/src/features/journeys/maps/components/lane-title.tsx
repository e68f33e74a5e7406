import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { laneTitle, type JourneyLane } from '@footprint/core';
import { ActionIcon, Group, Stack, Text } from '@mantine/core';
import { IconGripVertical } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { updateLane } from '../lib/doc-ops';
import { useGrid } from './grid-context';
import { InlineText } from './inline-text';

export const laneDndId = (id: string) => `l:${id}`;

/** A lane's title at the left of its row; it stays in view while the map scrolls sideways. */
export function LaneTitle({ lane, legend }: { lane: JourneyLane; legend?: ReactNode }) {
  const { t } = useTranslation();
  const g = useGrid();
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: laneDndId(lane.id),
    data: { type: 'lane' },
    disabled: !g.editable,
  });
  const title = laneTitle(lane, g.language);
  return (
    <div
      ref={setNodeRef}
      data-lane-title={lane.id}
      style={{
        position: 'sticky',
        left: 0,
        zIndex: isDragging ? 10 : 2,
        transform: CSS.Translate.toString(transform),
        transition,
        background: 'var(--mantine-color-gray-0)',
        borderBottom: '1px solid var(--mantine-color-gray-3)',
        borderRight: '2px solid var(--mantine-color-gray-3)',
        padding: 8,
        boxShadow: isDragging ? 'var(--mantine-shadow-md)' : undefined,
      }}
    >
      <Stack gap={2}>
        <Group gap={4} wrap="nowrap" align="flex-start">
          {g.editable && (
            <ActionIcon
              ref={setActivatorNodeRef}
            className="jm-ui"
              variant="subtle"
              color="gray"
              size="sm"
              aria-label={t('journeyMaps.grid.dragLane', { name: title })}
              style={{ cursor: 'grab', touchAction: 'none' }}
              {...attributes}
              {...listeners}
            >
              <IconGripVertical size={14} aria-hidden />
            </ActionIcon>
          )}
          <div style={{ flex: 1, minWidth: 0 }}>
            {lane.kind === 'text' && g.editable ? (
              <InlineText value={title} label={t('journeyMaps.lanesMenu.addText')} placeholder={title} editable fw={600} multiline={false} maxLength={80} onCommit={(text) => g.change(updateLane(g.doc, lane.id, { title: text }))} />
            ) : (
              <Text size="sm" fw={600}>
                {title}
              </Text>
            )}
          </div>
        </Group>
        {legend}
      </Stack>
    </div>
  );
}
