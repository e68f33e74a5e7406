import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { ActionIcon, Group, Paper } from '@mantine/core';
import { IconGripVertical, IconX } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ItemField } from '../lib/doc-ops';
import { useGrid } from './grid-context';

export const itemDndId = (id: string) => `i:${id}`;

interface Props {
  id: string;
  field: ItemField;
  stageId: string;
  laneId: string;
  onRemove: () => void;
  children: ReactNode;
  /** A coloured left edge (pain severity). */
  accent?: string;
  testId?: string;
}

/** One card in a cell: dragged by its grip (mouse, touch or keyboard) between cells of the same kind. */
export function SortableCard({ id, field, stageId, laneId, onRemove, children, accent, testId }: Props) {
  const { t } = useTranslation();
  const { editable } = useGrid();
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: itemDndId(id),
    data: { type: 'item', field, stageId, laneId, itemId: id },
    disabled: !editable,
  });
  return (
    <Paper
      ref={setNodeRef}
      withBorder
      radius="sm"
      p={6}
      data-testid={testId}
      data-item-id={id}
      style={{
        transform: CSS.Translate.toString(transform),
        transition,
        opacity: isDragging ? 0.6 : 1,
        zIndex: isDragging ? 5 : undefined,
        position: 'relative',
        borderLeft: accent ? `4px solid var(--mantine-color-${accent}-6)` : undefined,
        background: 'var(--mantine-color-body)',
        breakInside: 'avoid',
      }}
    >
      <Group gap={4} wrap="nowrap" align="flex-start">
        {editable && (
          <ActionIcon
            ref={setActivatorNodeRef}
            className="jm-ui"
            variant="subtle"
            color="gray"
            size="xs"
            aria-label={t('journeyMaps.grid.dragCard')}
            style={{ cursor: 'grab', touchAction: 'none' }}
            {...attributes}
            {...listeners}
          >
            <IconGripVertical size={12} aria-hidden />
          </ActionIcon>
        )}
        <div style={{ flex: 1, minWidth: 0 }}>{children}</div>
        {editable && (
          <ActionIcon variant="subtle" color="gray" size="xs" aria-label={t('journeyMaps.grid.remove')} onClick={onRemove} className="jm-ui">
            <IconX size={12} aria-hidden />
          </ActionIcon>
        )}
      </Group>
    </Paper>
  );
}
