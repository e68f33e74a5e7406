import { closestCenter, DndContext, KeyboardSensor, PointerSensor, useSensor, useSensors, type DragEndEvent } from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { CaseConditions } from '@footprint/core';
import { ActionIcon, Badge, Button, Card, Group, Stack, Switch, Text } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconGripVertical, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { moveId } from '../lib/order';
import { ConditionsSummary } from './conditions-summary';

export interface RuleRow {
  id: string;
  name: string;
  enabled: boolean;
  conditions: CaseConditions;
}

interface Props<R extends RuleRow> {
  rules: R[];
  canEdit: boolean;
  /** What the rule does when it matches (priority and tags, or the department). */
  outcome: (rule: R) => ReactNode;
  onToggle: (rule: R, enabled: boolean) => void;
  /** Every rule's id in the new order (after a drag or an arrow). */
  onReorder: (ids: string[]) => void;
  onEdit: (rule: R) => void;
  onRemove: (rule: R) => void;
  /** A move or a switch is on its way to the server. */
  busy?: boolean;
}

interface RowProps<R extends RuleRow> extends Omit<Props<R>, 'rules' | 'onReorder'> {
  rule: R;
  index: number;
  count: number;
  onMove: (index: number, delta: number) => void;
}

function SortableRow<R extends RuleRow>({ rule: r, index: i, count, canEdit, outcome, onToggle, onMove, onEdit, onRemove, busy }: RowProps<R>) {
  const { t } = useTranslation();
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: r.id, disabled: !canEdit || busy });
  return (
    <Card
      ref={setNodeRef}
      component="li"
      withBorder
      padding="sm"
      radius="md"
      data-testid="rule-row"
      aria-label={r.name}
      style={{ opacity: isDragging ? 0.6 : r.enabled ? 1 : 0.7, transform: CSS.Translate.toString(transform), transition, zIndex: isDragging ? 5 : undefined, position: 'relative' }}
    >
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
        <Group gap="sm" align="flex-start" wrap="nowrap" style={{ minWidth: 0 }}>
          {canEdit && (
            <ActionIcon ref={setActivatorNodeRef} variant="subtle" color="gray" aria-label={t('supportSettings.rules.drag', { name: r.name })} style={{ cursor: 'grab' }} {...attributes} {...listeners}>
              <IconGripVertical size={16} aria-hidden />
            </ActionIcon>
          )}
          <Badge variant="light" color="gray" size="lg" radius="sm" aria-label={`${t('supportSettings.rules.position')} ${i + 1}`}>
            {i + 1}
          </Badge>
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Group gap="xs">
              <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                {r.name}
              </Text>
              {!r.enabled && (
                <Badge size="xs" color="gray" variant="outline">
                  {t('supportSettings.rules.off')}
                </Badge>
              )}
            </Group>
            <ConditionsSummary conditions={r.conditions} />
            <Group gap={6}>{outcome(r)}</Group>
          </Stack>
        </Group>
        <Group gap={4} wrap="nowrap">
          <Switch
            aria-label={t('supportSettings.rules.enable', { name: r.name })}
            checked={r.enabled}
            disabled={!canEdit || busy}
            onChange={(e) => onToggle(r, e.currentTarget.checked)}
            mr="xs"
          />
          {canEdit && (
            <>
              <ActionIcon variant="subtle" color="gray" aria-label={t('supportSettings.rules.moveUp', { name: r.name })} disabled={i === 0 || busy} onClick={() => onMove(i, -1)}>
                <IconArrowUp size={16} aria-hidden />
              </ActionIcon>
              <ActionIcon variant="subtle" color="gray" aria-label={t('supportSettings.rules.moveDown', { name: r.name })} disabled={i === count - 1 || busy} onClick={() => onMove(i, 1)}>
                <IconArrowDown size={16} aria-hidden />
              </ActionIcon>
              <ActionIcon variant="subtle" aria-label={t('supportSettings.rules.edit', { name: r.name })} onClick={() => onEdit(r)}>
                <IconPencil size={16} aria-hidden />
              </ActionIcon>
              <ActionIcon variant="subtle" color="red" aria-label={t('supportSettings.rules.remove', { name: r.name })} onClick={() => onRemove(r)}>
                <IconTrash size={16} aria-hidden />
              </ActionIcon>
            </>
          )}
        </Group>
      </Group>
    </Card>
  );
}

/** Rules in the order they are checked; the first that matches wins. Dragged by the grip (mouse, touch or keyboard), or moved one place by the arrows. */
export function RuleList<R extends RuleRow>({ rules, onReorder, ...rest }: Props<R>) {
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 4 } }), useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }));
  const ids = rules.map((r) => r.id);
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const from = ids.indexOf(String(active.id));
    const to = ids.indexOf(String(over.id));
    if (from >= 0 && to >= 0) onReorder(moveId(ids, from, to - from));
  };
  return (
    <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd}>
      <SortableContext items={ids} strategy={verticalListSortingStrategy}>
        <Stack gap="xs" component="ol" p={0} m={0} style={{ listStyle: 'none' }}>
          {rules.map((r, i) => (
            <SortableRow key={r.id} rule={r} index={i} count={rules.length} onMove={(index, delta) => onReorder(moveId(ids, index, delta))} {...rest} />
          ))}
        </Stack>
      </SortableContext>
    </DndContext>
  );
}

/** Above a rule list: what the rules do, that their order matters (when there are several), and the add button. */
export function RulesHeader({ intro, addLabel, count, canEdit, onAdd }: { intro: string; addLabel: string; count: number; canEdit: boolean; onAdd: () => void }) {
  const { t } = useTranslation();
  return (
    <Group justify="space-between" align="flex-start" gap="sm">
      <Stack gap={4} maw={680}>
        <Text size="sm" c="dimmed">
          {intro}
        </Text>
        {count > 1 && (
          <Text size="xs" c="dimmed">
            {t('supportSettings.rules.orderHint')}
          </Text>
        )}
      </Stack>
      {canEdit && (
        <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={onAdd}>
          {addLabel}
        </Button>
      )}
    </Group>
  );
}
